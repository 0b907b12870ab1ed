package cn.samr.livestream.governance.interview;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.SubjectRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading interviews through the API (docs/governance.md §2.5): the host unit's officers and heads, the officers and
 * heads of the subjects' districts, the coordination group, the supervisors and the administrators; anyone else gets
 * 404, whether the interview exists or not.
 */
@Service
@Transactional(readOnly = true)
public class InterviewReading {

  static final int MAX_PAGE_SIZE = 100;

  private final InterviewMapper interviews;
  private final InterviewWorkflowService workflow;
  private final GovernanceEvents events;
  private final EnforcementRecords records;
  private final SubjectRegistry subjects;
  private final OrganizationService organization;
  private final ReadPolicy readPolicy;

  public InterviewReading(InterviewMapper interviews, InterviewWorkflowService workflow, GovernanceEvents events,
      EnforcementRecords records, SubjectRegistry subjects, OrganizationService organization, ReadPolicy readPolicy) {
    this.interviews = interviews;
    this.workflow = workflow;
    this.events = events;
    this.records = records;
    this.subjects = subjects;
    this.organization = organization;
    this.readPolicy = readPolicy;
  }

  /** One commitment as the API shows it. */
  public record CommitmentView(String commitmentNo, String content, LocalDate dueOn, LocalDateTime reportedAt,
      CommitmentStatus status, String statusLabel, String checkNote, LocalDateTime checkedAt, FollowUp followUp,
      String followUpLabel, Long clueId, Long escalationId) {
  }

  /**
   * One interviewed subject: its notice's (or letter's) 文号, its record and its commitments; for a letter, the day
   * to acknowledge it by, whether and how it was acknowledged (PLATFORM, PAPER; false: 逾期未确认) and the channel's
   * letter number.
   */
  public record SubjectView(long subjectId, String subjectName, String noticeDocumentNo, Boolean attended,
      String partyAttendees, String problems, LocalDateTime recordedAt, List<CommitmentView> commitments,
      LocalDateTime acknowledgementDue, Boolean acknowledged, LocalDate acknowledgedOn, String acknowledgedVia,
      String platformLetterNo) {
  }

  /** An interview with its subjects and its record of steps. */
  public record InterviewView(Interview interview, String kindLabel, String statusLabel, String hostUnitName,
      List<SubjectView> subjects, List<RecordEvent> events) {
  }

  /** The interview if the caller may read it; otherwise 404. */
  public Interview readable(String interviewNo) {
    return interviews.findByNo(interviewNo).filter(this::mayRead)
        .orElseThrow(() -> new NotFoundException("约谈不存在或无权查看：" + interviewNo,
            "no such interview, or not yours to read: " + interviewNo));
  }

  public InterviewView view(Interview interview) {
    List<SubjectView> rows = interviews.findSubjects(interview.getId()).stream().map(this::subjectView).toList();
    return new InterviewView(interview, interview.getKind().label(), interview.getStatus().label(),
        organization.unit(interview.getHostUnit()).map(OrgUnit::getName).orElse(interview.getHostUnit()), rows,
        events.of(GovernanceRecordKind.INTERVIEW, interview.getId()));
  }

  /** A page of the interviews the caller may read, newest first. */
  public List<Interview> search(Long subjectId, InterviewStatus status, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw InvalidInputException.of(size < 1 || size > MAX_PAGE_SIZE ? "size" : "page",
          "页码从0开始，每页1至100条", "page from 0, 1 to 100 a page");
    }
    boolean everything = readPolicy.mayReadCity(CityReaders.INTERVIEWS);
    List<OrgUnit> mine = organization.activeUnits().stream()
        .filter(u -> readPolicy.worksIn(u.getCode()) || readPolicy.headsUnit(u.getCode())).toList();
    List<String> units = mine.stream().map(OrgUnit::getCode).toList();
    List<String> districts = mine.stream().map(OrgUnit::getDistrictCode).filter(Objects::nonNull).toList();
    List<Long> ids = subjectId == null ? null
        : subjects.survivorOf(subjectId).map(subjects::idsOf).orElse(List.of(subjectId));
    return interviews.search(everything, units, districts, ids, status, page * size, size);
  }

  private SubjectView subjectView(InterviewSubject row) {
    String documentNo = row.getNoticeActionId() == null ? null
        : records.ofSubject(row.getSubjectId()).stream().filter(a -> a.getId().equals(row.getNoticeActionId()))
            .map(EnforcementAction::getDocumentNo).findFirst().orElse(null);
    List<CommitmentView> commitments = interviews.findCommitmentsOfSubject(row.getId()).stream()
        .map(c -> new CommitmentView(c.getCommitmentNo(), c.getContent(), c.getDueOn(), c.getReportedAt(),
            c.getStatus(), c.getStatus().label(), c.getCheckNote(), c.getCheckedAt(), c.getFollowUp(),
            c.getFollowUp() == null ? null : c.getFollowUp().label(), c.getClueId(), c.getEscalationId()))
        .toList();
    return new SubjectView(row.getSubjectId(), subjects.nameOf(row.getSubjectId()).orElse(null), documentNo,
        row.getAttended(), row.getPartyAttendees(), row.getProblems(), row.getRecordedAt(), commitments,
        row.getAcknowledgementDue(), row.getAcknowledged(), row.getAcknowledgedOn(), row.getAcknowledgedVia(),
        row.getPlatformLetterNo());
  }

  /** The host unit's groups, the city-wide readers, or the officers and heads of a subject's district. */
  private boolean mayRead(Interview interview) {
    return readPolicy.mayRead(CityReaders.INTERVIEWS, interview.getHostUnit())
        || workflow.subjectDistrictUnits(interview.getId()).stream()
            .anyMatch(unit -> readPolicy.worksIn(unit) || readPolicy.headsUnit(unit));
  }
}
