package cn.samr.livestream.notification;

/**
 * A row's state: PENDING until due and claimed; SENDING while one dispatcher holds it (until claimed_until); SENT; READ
 * (in-app only, once the recipient opened it); FAILED after the last retry; SUPPRESSED when the recipient's preferences
 * switched the channel or the event off (kept, never sent).
 */
public enum NotificationStatus {
  PENDING,
  SENDING,
  SENT,
  READ,
  FAILED,
  SUPPRESSED
}
