package cn.samr.livestream.enforcement.casefile;

import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The cases filed against a subject (立案查处), for its history: number, unit, stage, decision and its 文号. */
@Component
class CaseSubjectHistory implements SubjectHistorySource {

  private final CaseFileMapper cases;

  CaseSubjectHistory(CaseFileMapper cases) {
    this.cases = cases;
  }

  public record CaseEntry(String caseNo, String unit, LocalDateTime filedAt, String status, String statusLabel,
      String decisionNo, LocalDateTime decidedAt, LocalDateTime closedAt, String outcome) {
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    parts.cases(cases.findBySubject(subjectId).stream()
        .map(c -> new CaseEntry(c.getCaseNo(), c.getUnit(), c.getFiledAt(), c.getStatus().name(),
            c.getStatus().label(), c.getDecisionNo(), c.getDecidedAt(), c.getClosedAt(), c.getOutcome()))
        .toList());
  }
}
