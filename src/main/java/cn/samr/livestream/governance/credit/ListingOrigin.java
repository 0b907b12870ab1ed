package cn.samr.livestream.governance.credit;

/** Who proposed the listing: a head (start form or API) or a case's penalty decision (message). */
public enum ListingOrigin {
  HEAD,
  CASE
}
