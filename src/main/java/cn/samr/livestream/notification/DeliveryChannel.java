package cn.samr.livestream.notification;

/**
 * A way out for EMAIL or SMS rows. {@link #send} either returns (delivered: SENT) or throws
 * {@link DeliveryException} with a text that names no address or phone number (it goes into last_error).
 */
public interface DeliveryChannel {

  NotificationChannel channel();

  /** Configured on this node; when not, rows of the channel are written SUPPRESSED. */
  boolean enabled();

  void send(Notification notification) throws DeliveryException;

  /** A failed delivery; {@code permanent}: retrying cannot help (no address), the row goes FAILED at once. */
  class DeliveryException extends Exception {

    private final boolean permanent;

    public DeliveryException(String safeMessage, boolean permanent) {
      super(safeMessage);
      this.permanent = permanent;
    }

    public boolean isPermanent() {
      return permanent;
    }
  }
}
