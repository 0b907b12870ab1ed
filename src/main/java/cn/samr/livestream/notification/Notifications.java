package cn.samr.livestream.notification;

import cn.samr.livestream.security.PersonalDataMask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to notify (docs/handoffs-and-notifications.md §3.2): writes rows of table notification in the caller's
 * transaction — a command rolled back takes its notifications with it, a committed one has them — one per channel of
 * the event per recipient, SUPPRESSED where the recipient's preferences (or this node's configuration) switch the
 * channel off. E-mail and SMS due in the recipient's quiet hours wait for their end; in-app messages never wait. After
 * commit the {@link OutboxDispatcher} is nudged to deliver at once. A second notification with the same dedup key
 * (event, reference, recipient, channel) is swallowed and logged at DEBUG: several nodes may raise the same event.
 * Callers' texts name tasks, record numbers and deadlines only; as a safety net any mobile or resident ID number in a
 * title, body or link is masked before it is stored ({@link PersonalDataMask#inText}).
 */
@Service
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
  static final int MAX_DEDUP_KEY = 200;

  private final NotificationMapper mapper;
  private final Clock clock;
  private final OutboxDispatcher dispatcher;
  private final Map<NotificationChannel, DeliveryChannel> channels = new EnumMap<>(NotificationChannel.class);

  public Notifications(NotificationMapper mapper, Clock clock, OutboxDispatcher dispatcher,
      List<DeliveryChannel> channels) {
    this.mapper = mapper;
    this.clock = clock;
    this.dispatcher = dispatcher;
    channels.forEach(c -> this.channels.put(c.channel(), c));
  }

  /**
   * Writes the notification of {@code event} to each recipient (Camunda user ids; blank ones and repeats ignored).
   * Title and body are cut to 40 and 200 characters.
   *
   * @return the rows written (duplicates not counted)
   */
  public int notify(NotificationEvent event, Collection<String> recipients, String title, String body, String link,
      NotificationRef ref) {
    if (event == null || ref == null || ref.kind() == null || ref.id() == null) {
      throw new IllegalArgumentException("a notification needs an event and a reference (kind and id)");
    }
    Set<String> users = new LinkedHashSet<>();
    recipients.stream().filter(r -> r != null && !r.isBlank()).map(String::trim).forEach(users::add);
    if (users.isEmpty()) {
      return 0;
    }
    Map<String, NotificationPreference> preferences = mapper.preferences(List.copyOf(users)).stream()
        .collect(Collectors.toMap(NotificationPreference::getUserId, Function.identity()));
    LocalDateTime now = LocalDateTime.now(clock);
    int written = 0;
    for (String user : users) {
      NotificationPreference preference = preferences.getOrDefault(user, NotificationPreference.defaults(user));
      for (NotificationChannel channel : event.defaultChannels()) {
        Notification row = new Notification();
        row.setRecipient(user);
        row.setEvent(event);
        row.setChannel(channel);
        row.setTitle(NotificationTexts.cut(PersonalDataMask.inText(title), NotificationTexts.MAX_TITLE));
        row.setBody(NotificationTexts.cut(PersonalDataMask.inText(body), NotificationTexts.MAX_BODY));
        row.setLink(link == null ? null : NotificationTexts.cut(PersonalDataMask.inText(link), 300));
        row.setRefKind(ref.kind());
        row.setRefId(ref.id());
        row.setDedupKey(dedupKey(event, ref, user, channel));
        row.setCreatedAt(now);
        row.setNextAttemptAt(now);
        row.setStatus(NotificationStatus.PENDING);
        if (!preference.wants(channel, event)) {
          row.setStatus(NotificationStatus.SUPPRESSED);
          row.setLastError("偏好已关闭 / switched off in the preferences");
        } else if (channel != NotificationChannel.IN_APP && !available(channel)) {
          row.setStatus(NotificationStatus.SUPPRESSED);
          row.setLastError(channel.label() + "渠道未开通 / the " + channel + " channel is off");
        } else if (channel != NotificationChannel.IN_APP) {
          row.setNextAttemptAt(quietHours(preference).postpone(now));
        }
        if (insert(row)) {
          written++;
        }
      }
    }
    if (written > 0) {
      nudgeAfterCommit();
    }
    return written;
  }

  /** Whether the channel is configured on this node (in-app always is). */
  public boolean available(NotificationChannel channel) {
    DeliveryChannel delivery = channels.get(channel);
    return channel == NotificationChannel.IN_APP || delivery != null && delivery.enabled();
  }

  static QuietHours quietHours(NotificationPreference preference) {
    return new QuietHours(preference.getQuietFrom(), preference.getQuietTo());
  }

  private boolean insert(Notification row) {
    if (mapper.existsDedupKey(row.getDedupKey())) {
      LOG.debug("通知已存在，略过 / notification already written: {}", row.getDedupKey().hashCode());
      return false;
    }
    try {
      mapper.insert(row);
      return true;
    } catch (DuplicateKeyException e) {
      // another node (or transaction) wrote it first: one row is enough
      LOG.debug("通知已由他处写入，略过 / notification written elsewhere first: {}", row.getDedupKey().hashCode());
      return false;
    }
  }

  private void nudgeAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          dispatcher.nudge();
        }
      });
    } else {
      dispatcher.nudge();
    }
  }

  /** {@code EVENT:kind:id:recipient:CHANNEL}; over 200 characters, the event and a SHA-256 of the whole. */
  static String dedupKey(NotificationEvent event, NotificationRef ref, String recipient,
      NotificationChannel channel) {
    String key = event + ":" + ref.kind() + ":" + ref.id() + ":" + recipient + ":" + channel;
    if (key.length() <= MAX_DEDUP_KEY) {
      return key;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return event + ":sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
