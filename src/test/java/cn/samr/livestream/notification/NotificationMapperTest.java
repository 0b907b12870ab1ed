package cn.samr.livestream.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.MapperTest;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/**
 * Tables notification and notification_preference through their mapper, on H2 and (-Pmysql-it) MariaDB: the dedup
 * key is unique and the transaction goes on after the refusal; one claim UPDATE takes only rows that are due (or whose
 * claim expired) and only once; the in-app list and marks are the recipient's. Times in 2001: no other test's row is
 * due then, so the slice may share a MariaDB database with the suite.
 */
@MapperTest
class NotificationMapperTest {

  static final LocalDateTime NOW = LocalDateTime.of(2001, 3, 2, 10, 0);

  @Autowired NotificationMapper mapper;

  @Test
  void theDedupKeyIsUniqueAndTheTransactionGoesOn() {
    Notification first = row("mapper-user", NotificationChannel.IN_APP, "k-dup", NOW);
    mapper.insert(first);
    assertThat(first.getId()).isNotNull();
    assertThat(mapper.existsDedupKey("k-dup")).isTrue();

    assertThatThrownBy(() -> mapper.insert(row("mapper-user", NotificationChannel.IN_APP, "k-dup", NOW)))
        .isInstanceOf(DuplicateKeyException.class);

    Notification after = row("mapper-user", NotificationChannel.EMAIL, "k-after", NOW);
    mapper.insert(after);
    assertThat(mapper.byId(after.getId())).extracting(Notification::getChannel, Notification::getStatus,
        Notification::getTitle).containsExactly(NotificationChannel.EMAIL, NotificationStatus.PENDING, "任务即将到期");
  }

  @Test
  void oneUpdateClaimsDueRowsOnceAndAnExpiredClaimAgain() {
    Notification due = row("mapper-claim", NotificationChannel.EMAIL, "k-due", NOW.minusMinutes(1));
    Notification later = row("mapper-claim", NotificationChannel.EMAIL, "k-later", NOW.plusMinutes(1));
    mapper.insert(due);
    mapper.insert(later);

    List<Long> ids = mapper.claimableIds(NOW, 50);
    assertThat(ids).containsExactly(due.getId());
    assertThat(mapper.claim(List.of(due.getId(), later.getId()), "token-a", NOW, NOW.plusMinutes(2))).isOne();
    // a second node with the same ids gets nothing
    assertThat(mapper.claim(List.of(due.getId()), "token-b", NOW, NOW.plusMinutes(2))).isZero();
    assertThat(mapper.claimedBy("token-a")).extracting(Notification::getId).containsExactly(due.getId());
    assertThat(mapper.claimableIds(NOW.plusMinutes(1), 50)).containsExactly(later.getId());

    // the node holding it died: after claimed_until the row is claimable again, and its old token can no longer
    // finish it
    LocalDateTime expired = NOW.plusMinutes(3);
    assertThat(mapper.claimableIds(expired, 50)).contains(due.getId());
    assertThat(mapper.claim(List.of(due.getId()), "token-c", expired, expired.plusMinutes(2))).isOne();
    assertThat(mapper.markSent(due.getId(), "token-a", expired)).isZero();
    assertThat(mapper.markSent(due.getId(), "token-c", expired)).isOne();
    assertThat(mapper.byId(due.getId())).extracting(Notification::getStatus, Notification::getAttempts,
        Notification::getSentAt, Notification::getClaimedBy).containsExactly(NotificationStatus.SENT, 1, expired, null);
  }

  @Test
  void rescheduleAndRetryAFailedRow() {
    Notification n = row("mapper-retry", NotificationChannel.SMS, "k-retry", NOW);
    mapper.insert(n);
    mapper.claim(List.of(n.getId()), "t", NOW, NOW.plusMinutes(2));

    assertThat(mapper.reschedule(n.getId(), "t", NotificationStatus.FAILED, 6, NOW, "短信网关答复 503")).isOne();
    assertThat(mapper.failed(0, 500)).extracting(Notification::getId).contains(n.getId());
    assertThat(mapper.countFailed()).isPositive();
    assertThat(mapper.countsByChannelAndStatus()).anySatisfy(c -> {
      assertThat(c.getChannel()).isEqualTo(NotificationChannel.SMS);
      assertThat(c.getStatus()).isEqualTo(NotificationStatus.FAILED);
      assertThat(c.getRowCount()).isPositive();
    });

    assertThat(mapper.retry(n.getId(), NOW.plusHours(1))).isOne();
    assertThat(mapper.retry(n.getId(), NOW.plusHours(1))).as("only a FAILED row").isZero();
    assertThat(mapper.byId(n.getId())).extracting(Notification::getStatus, Notification::getAttempts,
        Notification::getNextAttemptAt, Notification::getLastError)
        .containsExactly(NotificationStatus.PENDING, 0, NOW.plusHours(1), "短信网关答复 503");
  }

  @Test
  void inAppMessagesAreTheRecipientsOwn() {
    Notification older = row("mapper-reader", NotificationChannel.IN_APP, "k-in-1", NOW);
    Notification newer = row("mapper-reader", NotificationChannel.IN_APP, "k-in-2", NOW);
    newer.setCreatedAt(NOW.plusMinutes(5));
    Notification mail = row("mapper-reader", NotificationChannel.EMAIL, "k-in-3", NOW);
    Notification others = row("mapper-other", NotificationChannel.IN_APP, "k-in-4", NOW);
    List.of(older, newer, mail, others).forEach(mapper::insert);

    assertThat(mapper.inApp("mapper-reader", false, 0, 10)).extracting(Notification::getId)
        .containsExactly(newer.getId(), older.getId());
    assertThat(mapper.countInApp("mapper-reader", true)).isEqualTo(2);
    assertThat(mapper.markRead(others.getId(), "mapper-reader", NOW)).isZero();
    assertThat(mapper.isInAppOf(others.getId(), "mapper-reader")).isFalse();
    assertThat(mapper.markRead(mail.getId(), "mapper-reader", NOW)).as("not in-app").isZero();
    assertThat(mapper.markRead(older.getId(), "mapper-reader", NOW)).isOne();
    assertThat(mapper.inApp("mapper-reader", true, 0, 10)).extracting(Notification::getId)
        .containsExactly(newer.getId());
    assertThat(mapper.markAllRead("mapper-reader", NOW)).isOne();
    assertThat(mapper.countInApp("mapper-reader", true)).isZero();
    assertThat(mapper.countInApp("mapper-other", true)).isOne();
    assertThat(mapper.byId(older.getId())).extracting(Notification::getStatus, Notification::getReadAt)
        .containsExactly(NotificationStatus.READ, NOW);
  }

  @Test
  void preferencesAreInsertedThenReplaced() {
    NotificationPreference p = NotificationPreference.defaults("mapper-pref");
    p.setSms(true);
    p.setMobile("13912345678");
    p.setQuietFrom(LocalTime.of(21, 30));
    p.setDisabledEvents(EnumSet.of(NotificationEvent.OVERDUE, NotificationEvent.DUE_SOON));
    p.setUpdatedAt(NOW);
    assertThat(mapper.updatePreference(p)).isZero();
    mapper.insertPreference(p);

    p.setEmail(false);
    assertThat(mapper.updatePreference(p)).isOne();

    NotificationPreference stored = mapper.preference("mapper-pref");
    assertThat(stored).extracting(NotificationPreference::isEmail, NotificationPreference::isSms,
        NotificationPreference::getMobile, NotificationPreference::getQuietFrom, NotificationPreference::getQuietTo,
        NotificationPreference::getEvents).containsExactly(false, true, "13912345678", LocalTime.of(21, 30),
        LocalTime.of(7, 30), "DUE_SOON,OVERDUE");
    assertThat(stored.disabledEvents()).containsExactly(NotificationEvent.DUE_SOON, NotificationEvent.OVERDUE);
    assertThat(mapper.preferences(List.of("mapper-pref", "nobody"))).singleElement()
        .extracting(NotificationPreference::getUserId).isEqualTo("mapper-pref");
    assertThat(mapper.preference("nobody")).isNull();
  }

  static Notification row(String recipient, NotificationChannel channel, String key, LocalDateTime due) {
    Notification n = new Notification();
    n.setRecipient(recipient);
    n.setEvent(NotificationEvent.DUE_SOON);
    n.setChannel(channel);
    n.setTitle("任务即将到期");
    n.setBody("任务「受理投诉」将于 2001-03-05 到期");
    n.setLink("/camunda/app/tasklist/");
    n.setRefKind("TASK");
    n.setRefId("task-1");
    n.setDedupKey(key);
    n.setStatus(NotificationStatus.PENDING);
    n.setNextAttemptAt(due);
    n.setCreatedAt(NOW);
    return n;
  }
}
