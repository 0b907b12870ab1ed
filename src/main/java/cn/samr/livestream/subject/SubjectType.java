package cn.samr.livestream.subject;

/** Who is supervised (DOMAIN.md §1). */
public enum SubjectType {
  PLATFORM("直播电商平台"),
  ROOM_OPERATOR("直播间运营者"),
  /** A live room itself, identified by platform and room/account id (issue 14). */
  LIVE_ROOM("直播间"),
  STREAMER("主播/直播营销人员"),
  AGENCY("直播营销人员服务机构"),
  MERCHANT("商品经营者");

  private final String label;

  SubjectType(String label) {
    this.label = label;
  }

  /** Roles an organisation plays, identified by its unified social credit code. */
  public boolean organisation() {
    return this == PLATFORM || this == AGENCY || this == MERCHANT;
  }

  /** Roles identified by platform and account id. */
  public boolean account() {
    return this == STREAMER || this == LIVE_ROOM;
  }

  public String label() {
    return label;
  }
}
