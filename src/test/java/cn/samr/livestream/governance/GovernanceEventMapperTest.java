package cn.samr.livestream.governance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.audit.TimelineStep;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** governance_event: the events of one record, oldest first, never another kind's under the same id. */
@MapperTest
class GovernanceEventMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);
  /** No real record has it: on MariaDB the suite's transfers and interviews share the database with this slice. */
  static final long RECORD = 990_007L;

  enum Step implements TimelineStep {
    REQUESTED("提出"), APPROVAL("审批");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  @Autowired GovernanceEventMapper events;

  @Test
  void readsBackARecordsEventsInOrderAndKeepsTheKindsApart() {
    events.insert(GovernanceRecordKind.TRANSFER, new RecordEvent(RECORD, Step.APPROVAL, "APPROVED", "同意", "head",
        AT.plusHours(1)));
    events.insert(GovernanceRecordKind.TRANSFER, new RecordEvent(RECORD, Step.REQUESTED, null, "移送网信部门", "officer",
        AT));
    events.insert(GovernanceRecordKind.INTERVIEW, new RecordEvent(RECORD, Step.REQUESTED, null, "约谈", "head", AT));

    var transfer = events.find(GovernanceRecordKind.TRANSFER, RECORD);

    assertThat(transfer).extracting(RecordEvent::getStep).containsExactly("REQUESTED", "APPROVAL");
    assertThat(transfer.get(1)).extracting(RecordEvent::getRecordId, RecordEvent::getDecision, RecordEvent::getDetail,
        RecordEvent::getActor, RecordEvent::getOccurredAt).containsExactly(RECORD, "APPROVED", "同意", "head",
        AT.plusHours(1));
    assertThat(events.find(GovernanceRecordKind.INTERVIEW, RECORD)).singleElement()
        .extracting(RecordEvent::getDetail).isEqualTo("约谈");
    assertThat(events.find(GovernanceRecordKind.LISTING, RECORD)).isEmpty();
  }
}
