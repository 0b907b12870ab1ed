package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The transfers to other departments about a subject (部门移送), for its page: number, department, when sent, the
 * feedback deadline, where it stands and whether the feedback is overdue (shown red); never the facts or the
 * department's answer.
 */
@Component
class DepartmentTransferSubjectHistory implements SubjectHistorySource {

  private final DepartmentTransferMapper transfers;

  DepartmentTransferSubjectHistory(DepartmentTransferMapper transfers) {
    this.transfers = transfers;
  }

  public record DepartmentTransferEntry(String transferNo, String department, String departmentLabel,
      LocalDateTime sentAt, LocalDateTime feedbackDue, String status, String statusLabel, boolean overdue) {
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    parts.departmentTransfers(transfers.findBySubjects(List.of(subjectId)).stream()
        .map(t -> new DepartmentTransferEntry(t.getTransferNo(), t.getDepartment().name(),
            DepartmentTransferService.recipient(t), t.getSentAt(), t.getFeedbackDue(), t.getStatus().name(),
            t.getStatus().label(), t.isOverdue()))
        .toList());
  }
}
