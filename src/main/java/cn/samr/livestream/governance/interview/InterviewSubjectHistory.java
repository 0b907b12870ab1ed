package cn.samr.livestream.governance.interview;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The subject page's part 约谈与提醒告诫 (docs/governance.md §1.7): every interview naming the subject, with this
 * subject's commitments fulfilled of all. No personal data.
 */
@Component
class InterviewSubjectHistory implements SubjectHistorySource {

  private final InterviewMapper interviews;
  private final OrganizationService organization;

  InterviewSubjectHistory(InterviewMapper interviews, OrganizationService organization) {
    this.interviews = interviews;
    this.organization = organization;
  }

  /**
   * One interview of the subject (the register page's columns).
   *
   * @param date         the interview day, else the planned day, else the day it was requested
   * @param commitments  this subject's commitments: 已履行/总数
   * @param acknowledged 是 / 否 for a written reminder, empty for an interview (slice 3)
   */
  public record Entry(String interviewNo, String kind, String kindLabel, LocalDate date, String hostUnit,
      String status, String statusLabel, String commitments, String acknowledged) {
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    List<Entry> entries = interviews.findSubjectRowsOf(List.of(subjectId)).stream().map(this::entry).toList();
    parts.interviews(entries);
  }

  private Entry entry(InterviewSubject row) {
    Interview interview = interviews.findById(row.getInterviewId()).orElseThrow();
    List<InterviewCommitment> commitments = interviews.findCommitmentsOfSubject(row.getId());
    long fulfilled = commitments.stream().filter(c -> c.getStatus() == CommitmentStatus.FULFILLED).count();
    LocalDate date = interview.getInterviewAt() != null ? interview.getInterviewAt().toLocalDate()
        : interview.getPlannedDate() != null ? interview.getPlannedDate() : interview.getRequestedAt().toLocalDate();
    return new Entry(interview.getInterviewNo(), interview.getKind().name(), interview.getKind().label(), date,
        organization.unit(interview.getHostUnit()).map(OrgUnit::getName).orElse(interview.getHostUnit()),
        interview.getStatus().name(), interview.getStatus().label(), fulfilled + "/" + commitments.size(),
        row.getAcknowledged() == null ? "" : row.getAcknowledged() ? "是" : "否");
  }
}
