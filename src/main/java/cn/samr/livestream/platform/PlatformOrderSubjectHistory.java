package cn.samr.livestream.platform;

import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The orders sent to platforms about a subject, for its history (名录库: a subject's whole history in one place): to
 * the platform as the party, or about the accounts of a merchant, streamer or live room on it. Never what the platform
 * wrote back, which stays with the clue.
 */
@Component
class PlatformOrderSubjectHistory implements SubjectHistorySource {

  private final PlatformOrders orders;

  PlatformOrderSubjectHistory(PlatformOrders orders) {
    this.orders = orders;
  }

  public record OrderEntry(String orderNo, String kindLabel, String platformName, LocalDateTime issuedAt,
      LocalDateTime respondBy, String status, String statusLabel, LocalDateTime confirmedAt, String clueNo) {
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    parts.orders(orders.concerning(List.of(subjectId)).stream()
        .map(o -> new OrderEntry(o.order().orderNo, o.order().kind.label(), o.order().platformName,
            o.order().issuedAt, o.order().respondBy, o.order().status.name(), o.order().status.label(),
            o.order().confirmedAt, o.order().clueNo))
        .toList());
  }
}
