package cn.samr.livestream.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Tables notification and notification_preference (V30). */
@Mapper
public interface NotificationMapper {

  /** Inserts a row; its id is set. A duplicate dedup_key fails with the unique key (uk_notification_dedup). */
  void insert(Notification notification);

  boolean existsDedupKey(@Param("dedupKey") String dedupKey);

  Notification byId(@Param("id") long id);

  /** Ids of rows a dispatcher may claim now: PENDING and due, or SENDING with an expired claim; oldest first. */
  List<Long> claimableIds(@Param("now") LocalDateTime now, @Param("limit") int limit);

  /**
   * Claims those of the ids that are still claimable, in one UPDATE: SENDING, claimed by {@code token} until
   * {@code until}. Returns how many it took.
   */
  int claim(@Param("ids") List<Long> ids, @Param("token") String token, @Param("now") LocalDateTime now,
      @Param("until") LocalDateTime until);

  List<Notification> claimedBy(@Param("token") String token);

  /** SENT by the claim's holder. */
  int markSent(@Param("id") long id, @Param("token") String token, @Param("at") LocalDateTime at);

  /** Back to PENDING at {@code next} (quiet hours, or a retry when {@code attempts} grew), or FAILED. */
  int reschedule(@Param("id") long id, @Param("token") String token, @Param("status") NotificationStatus status,
      @Param("attempts") int attempts, @Param("next") LocalDateTime next, @Param("lastError") String lastError);

  // ---- in-app

  List<Notification> inApp(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly,
      @Param("offset") int offset, @Param("limit") int limit);

  long countInApp(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly);

  /** Marks one of the recipient's in-app messages read; 0 when it is not theirs (or not in-app). */
  int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("at") LocalDateTime at);

  int markAllRead(@Param("recipient") String recipient, @Param("at") LocalDateTime at);

  /** Whether the in-app row exists and is the recipient's (read or not). */
  boolean isInAppOf(@Param("id") long id, @Param("recipient") String recipient);

  // ---- failures, counts

  List<Notification> failed(@Param("offset") int offset, @Param("limit") int limit);

  long countFailed();

  /** A FAILED row due again now with its attempts reset; 0 when it is not FAILED. */
  int retry(@Param("id") long id, @Param("now") LocalDateTime now);

  List<StatusCount> countsByChannelAndStatus();

  /** One group of {@link #countsByChannelAndStatus()}. */
  class StatusCount {
    private NotificationChannel channel;
    private NotificationStatus status;
    private long rowCount;

    public NotificationChannel getChannel() {
      return channel;
    }

    public void setChannel(NotificationChannel channel) {
      this.channel = channel;
    }

    public NotificationStatus getStatus() {
      return status;
    }

    public void setStatus(NotificationStatus status) {
      this.status = status;
    }

    public long getRowCount() {
      return rowCount;
    }

    public void setRowCount(long rowCount) {
      this.rowCount = rowCount;
    }
  }

  // ---- preferences

  NotificationPreference preference(@Param("userId") String userId);

  List<NotificationPreference> preferences(@Param("userIds") List<String> userIds);

  /** Inserts or replaces the user's preferences: an UPDATE, and an INSERT when it changed no row. */
  int updatePreference(NotificationPreference preference);

  void insertPreference(NotificationPreference preference);
}
