package cn.samr.livestream.governance.interview;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.coordination.EscalationIntakeService;
import cn.samr.livestream.coordination.EscalationRequest;
import cn.samr.livestream.coordination.EscalationSource;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueIntakeService.RegisteredClue;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.interview.InterviewProcess.Var;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.SubjectFactsChanged;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SupervisedSubject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on an interview after its request (docs/governance.md §2.2): approval, the notices with their 文号, the
 * record and commitments of each subject, the check of each commitment at its deadline and what follows an
 * unfulfilled one (a clue, the coordination group, or nothing with the heads' approval), the closing. It owns the
 * interview's record of steps in governance_event ({@link #event}).
 */
@Service
@Transactional
public class InterviewWorkflowService {

  static final String COMMITMENT_PREFIX = "CN";
  static final int TEXT = 2000;
  static final int SHORT_TEXT = 500;
  static final int COMMITMENT_TEXT = 1000;
  static final int MAX_COMMITMENTS = 20;
  static final int LETTER_TEXT = 4000;
  /** Working days a letter is to be acknowledged in (内部): by default 5, the officer may choose 3–30. */
  static final int DEFAULT_ACK_DAYS = 5;
  static final int MIN_ACK_DAYS = 3;
  static final int MAX_ACK_DAYS = 30;
  /**
   * The clue's category when the interview named none: an interview presses a platform or streamer on its duties in
   * e-commerce (seed 003 二、三), so 电子商务违法.
   */
  static final ViolationCategory DEFAULT_CATEGORY = ViolationCategory.ECOMMERCE;

  private final InterviewMapper interviews;
  private final GovernanceEvents events;
  private final EnforcementRecords records;
  private final SubjectRegistry subjects;
  private final OrganizationService organization;
  private final ClueIntakeService clues;
  private final EscalationIntakeService escalations;
  private final DocumentNumbers numbers;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final int commitmentMaxDays;
  private final ApplicationEventPublisher facts;
  private final WorkCalendar calendar;
  private final int letterAckWorkingDays;

  public InterviewWorkflowService(InterviewMapper interviews, GovernanceEvents events, EnforcementRecords records,
      SubjectRegistry subjects, OrganizationService organization, ClueIntakeService clues,
      EscalationIntakeService escalations, DocumentNumbers numbers, RuntimeService runtimeService, Clock clock,
      @Value("${livestream.governance.interview.commitment-max-days:180}") int commitmentMaxDays,
      ApplicationEventPublisher facts, WorkCalendar calendar,
      @Value("${livestream.governance.interview.letter-ack-working-days:" + DEFAULT_ACK_DAYS + "}")
      int letterAckWorkingDays) {
    this.facts = facts;
    this.calendar = calendar;
    if (letterAckWorkingDays < MIN_ACK_DAYS || letterAckWorkingDays > MAX_ACK_DAYS) {
      throw new IllegalArgumentException("livestream.governance.interview.letter-ack-working-days must be "
          + MIN_ACK_DAYS + "–" + MAX_ACK_DAYS + ", was " + letterAckWorkingDays);
    }
    this.letterAckWorkingDays = letterAckWorkingDays;
    if (commitmentMaxDays < 1) {
      throw new IllegalArgumentException(
          "livestream.governance.interview.commitment-max-days must be at least 1, was " + commitmentMaxDays);
    }
    this.interviews = interviews;
    this.events = events;
    this.records = records;
    this.subjects = subjects;
    this.organization = organization;
    this.clues = clues;
    this.escalations = escalations;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.commitmentMaxDays = commitmentMaxDays;
  }

  public Interview interview(long id) {
    return interviews.findById(id).orElseThrow(() -> new NotFoundException("约谈不存在：" + id, "no interview " + id));
  }

  public InterviewSubject subjectRow(long id) {
    return interviews.findSubject(id)
        .orElseThrow(() -> new NotFoundException("被约谈主体不存在：" + id, "no interviewed subject " + id));
  }

  public InterviewCommitment commitment(long id) {
    return interviews.findCommitment(id)
        .orElseThrow(() -> new NotFoundException("承诺不存在：" + id, "no commitment " + id));
  }

  public List<Long> subjectRowIds(long interviewId) {
    return interviews.findSubjects(interviewId).stream().map(InterviewSubject::getId).toList();
  }

  public List<Long> commitmentIds(long interviewId) {
    return interviews.findCommitments(interviewId).stream().map(InterviewCommitment::getId).toList();
  }

  /** The district units of the interviewed subjects: they read the interview as the host unit does. */
  public List<String> subjectDistrictUnits(long interviewId) {
    return interviews.findSubjects(interviewId).stream().map(row -> subjects.byId(row.getSubjectId()))
        .flatMap(Optional::stream).map(SupervisedSubject::getDistrictCode).filter(Objects::nonNull).distinct()
        .map(organization::districtByCode).flatMap(Optional::stream).map(OrgUnit::getCode).toList();
  }

  /** The name of an interviewed subject (task lists, forms). */
  public String subjectName(long interviewSubjectId) {
    return subjects.nameOf(subjectRow(interviewSubjectId).getSubjectId()).orElse(null);
  }

  /** The name of the subject that made the commitment (the check's 当事人 column). */
  public String commitmentSubjectName(long commitmentId) {
    return subjectName(commitment(commitmentId).getInterviewSubjectId());
  }

  /** What the check task shows: the subject, the commitment and its deadline, a report if one came in. */
  public String commitmentText(long commitmentId) {
    InterviewCommitment commitment = commitment(commitmentId);
    return subjectName(commitment.getInterviewSubjectId()) + "：" + commitment.getContent() + "（承诺期限 "
        + commitment.getDueOn() + "）" + (commitment.getReportedAt() == null ? ""
            : "；" + commitment.getReportedAt().toLocalDate() + " 报告已履行，须核实");
  }

  // ---------------------------------------------------------------- approval and notices

  /** 审批约谈: the host unit's heads approve or refuse, a note required to refuse. */
  public void approve(long interviewId, Boolean approved, String note, String actor) {
    new Inputs()
        .require(approved != null, Var.INTERVIEW_APPROVED.name(), "请选择是否同意", "approve or refuse")
        .require(approved == null || approved || notBlank(note), Var.APPROVAL_NOTE.name(), "不同意须说明理由",
            "a refusal needs a reason")
        .require(fits(note, SHORT_TEXT), Var.APPROVAL_NOTE.name(), "不超过500字", "at most 500 characters")
        .throwIfAny();
    Interview interview = interview(interviewId);
    interview.setApprovedBy(actor);
    interview.setApprovedAt(LocalDateTime.now(clock));
    interview.setApprovalNote(trimmed(note));
    interview.setStatus(approved ? InterviewStatus.NOTICE : InterviewStatus.REFUSED);
    if (!approved) {
      interview.setClosedAt(interview.getApprovedAt());
    }
    interviews.update(interview);
    event(interviewId, InterviewStep.APPROVAL, approved ? "APPROVED" : "REFUSED", trimmed(note), actor);
  }

  /**
   * 制发约谈通知书: the time and place of the interview and the bureau's attendees; one notice (约谈通知书) a subject,
   * numbered through the enforcement records under the host unit (docs/governance.md §1.4).
   */
  public void issueNotices(long interviewId, String interviewAt, String place, String bureauAttendees, String actor) {
    Inputs inputs = new Inputs();
    LocalDateTime at = dateTime(interviewAt, inputs);
    inputs.require(at == null || !at.toLocalDate().isBefore(LocalDate.now(clock)), Var.INTERVIEW_AT.name(),
            "约谈时间不能早于今天", "must not be in the past")
        .require(notBlank(place), Var.PLACE.name(), "请填写约谈地点", "give the place")
        .require(fits(place, 200), Var.PLACE.name(), "不超过200字", "at most 200 characters")
        .require(notBlank(bureauAttendees), Var.BUREAU_ATTENDEES.name(), "请填写本局参加人员", "give the bureau's attendees")
        .require(fits(bureauAttendees, SHORT_TEXT), Var.BUREAU_ATTENDEES.name(), "不超过500字", "at most 500 characters")
        .throwIfAny();
    Interview interview = interview(interviewId);
    interview.setInterviewAt(at);
    interview.setPlace(place.trim());
    interview.setBureauAttendees(bureauAttendees.trim());
    interview.setStatus(InterviewStatus.RECORDING);
    interviews.update(interview);
    for (InterviewSubject row : interviews.findSubjects(interviewId)) {
      EnforcementAction notice = records.record(new NewAction(ActionType.INTERVIEW_NOTICE, interview.getHostUnit(),
          null, null, row.getSubjectId(), null, null, actor,
          "约谈" + interview.getInterviewNo() + "：" + at + "，" + interview.getPlace()));
      row.setNoticeActionId(notice.getId());
      interviews.updateSubject(row);
      event(interviewId, InterviewStep.NOTICE_ISSUED, null,
          subjects.nameOf(row.getSubjectId()).orElse("") + "：" + notice.getDocumentNo(), actor);
    }
  }

  // ---------------------------------------------------------------- letters (提醒告诫函 / 行政指导意见函)

  /**
   * 制发提醒告诫函 / 行政指导意见函: the letter's text and the working days (3–30, by default the configured 5) each
   * subject has to acknowledge it; one letter a subject, numbered through the enforcement records under the host unit
   * (REMINDER_LETTER 提醒 / GUIDANCE_LETTER 指导函, docs/governance.md §1.4), due at the end of the last working day.
   */
  public void issueLetters(long interviewId, String content, Long workingDays, String actor) {
    Interview interview = interview(interviewId);
    new Inputs()
        .require(interview.getKind() != InterviewKind.INTERVIEW, Var.LETTER_CONTENT.name(), "约谈不制发函件",
            "an interview has no letters")
        .require(notBlank(content), Var.LETTER_CONTENT.name(), "请填写函件正文", "give the letter's text")
        .require(fits(content, LETTER_TEXT), Var.LETTER_CONTENT.name(), "不超过4000字", "at most 4000 characters")
        .require(workingDays == null || workingDays >= MIN_ACK_DAYS && workingDays <= MAX_ACK_DAYS,
            Var.ACKNOWLEDGEMENT_WORKING_DAYS.name(), "确认收悉期限须为" + MIN_ACK_DAYS + "至" + MAX_ACK_DAYS + "个工作日",
            "between " + MIN_ACK_DAYS + " and " + MAX_ACK_DAYS + " working days")
        .throwIfAny();
    int days = workingDays == null ? letterAckWorkingDays : workingDays.intValue();
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime due = Times.toLocal(calendar.workingDaysDeadline(now.toLocalDate(), days));
    interview.setLetterContent(content.trim());
    interview.setAcknowledgementWorkingDays(days);
    interview.setStatus(InterviewStatus.AWAITING_ACKNOWLEDGEMENT);
    interviews.update(interview);
    ActionType type = interview.getKind() == InterviewKind.GUIDANCE_LETTER ? ActionType.GUIDANCE_LETTER
        : ActionType.REMINDER_LETTER;
    for (InterviewSubject row : interviews.findSubjects(interviewId)) {
      EnforcementAction letter = records.record(new NewAction(type, interview.getHostUnit(), null, null,
          row.getSubjectId(), null, null, actor, interview.getKind().label() + interview.getInterviewNo()
              + "，确认收悉期限 " + due.toLocalDate()));
      row.setNoticeActionId(letter.getId());
      row.setAcknowledgementDue(due);
      interviews.updateSubject(row);
      event(interviewId, InterviewStep.LETTER_ISSUED, null, subjects.nameOf(row.getSubjectId()).orElse("") + "："
          + interview.getKind().label() + " " + letter.getDocumentNo() + "，确认收悉期限 " + due.toLocalDate(), actor);
    }
  }

  /** What the channel sends a platform: a notice (no acknowledgement asked) or a letter (respondBy set). */
  public record Dispatch(long interviewId, long interviewSubjectId, long subjectId, String processInstanceId,
      String hostUnit, String kind, String documentNo, String content, LocalDateTime respondBy) {
  }

  /** The notices of an interview just issued, one a subject, as the channel sends them (只通知，不等待). */
  @Transactional(readOnly = true)
  public List<Dispatch> noticesToSend(long interviewId) {
    Interview interview = interview(interviewId);
    String content = "约谈通知：" + interview.getInterviewNo() + "，约谈时间 " + interview.getInterviewAt().toString()
        .replace('T', ' ') + "，地点 " + interview.getPlace() + "。约谈事由：" + interview.getIssues()
        + (interview.getBasis() == null ? "" : "。依据：" + interview.getBasis());
    return interviews.findSubjects(interviewId).stream().map(row -> new Dispatch(interviewId, row.getId(),
        row.getSubjectId(), interview.getProcessInstanceId(), interview.getHostUnit(), "INTERVIEW_NOTICE",
        documentNo(row), content, null)).toList();
  }

  /** The letter to one subject as the channel sends it, to be acknowledged by the row's acknowledgement day. */
  @Transactional(readOnly = true)
  public Dispatch letterToSend(long interviewSubjectId) {
    InterviewSubject row = subjectRow(interviewSubjectId);
    Interview interview = interview(row.getInterviewId());
    return new Dispatch(interview.getId(), row.getId(), row.getSubjectId(), interview.getProcessInstanceId(),
        interview.getHostUnit(), interview.getKind().name(), documentNo(row), interview.getLetterContent(),
        row.getAcknowledgementDue());
  }

  /**
   * The channel's delivery of a notice or letter to one subject: sent (the platform's letter number, kept with the
   * row) or not (the subject is no connected platform: 须另行送达).
   */
  public void recordDelivery(long interviewSubjectId, String platformName, String letterNo, String actor) {
    InterviewSubject row = subjectRow(interviewSubjectId);
    String name = subjects.nameOf(row.getSubjectId()).orElse("");
    if (letterNo != null) {
      row.setPlatformLetterNo(letterNo);
      interviews.updateSubject(row);
    }
    event(row.getInterviewId(), InterviewStep.PLATFORM_NOTICE, letterNo == null ? "NOT_SENT" : "SENT",
        letterNo == null ? name + "：未接入平台通道（函件范围），须另行送达"
            : name + "：经" + platformName + "平台通道送达（函件编号 " + letterNo + "）", actor);
  }

  /**
   * The platform acknowledged its letter through the channel (message Msg_LetterAcknowledged): kept with the row, and
   * the subject's wait ends, in one transaction. False, and nothing kept, when the subject waits no longer (the
   * acknowledgement day passed: the officers record a paper receipt or 逾期未确认).
   */
  public boolean acknowledgeLetter(long interviewSubjectId, LocalDate acknowledgedOn, String actor) {
    InterviewSubject row = subjectRow(interviewSubjectId);
    Interview interview = interview(row.getInterviewId());
    for (Execution waiting : runtimeService.createExecutionQuery()
        .processInstanceId(interview.getProcessInstanceId())
        .messageEventSubscriptionName(InterviewProcess.Message.LETTER_ACKNOWLEDGED).list()) {
      Object id = runtimeService.getVariable(waiting.getId(), Var.INTERVIEW_SUBJECT_ID.name());
      if (Long.valueOf(interviewSubjectId).equals(Var.INTERVIEW_SUBJECT_ID.convert(id))) {
        row.setAcknowledged(true);
        row.setAcknowledgedOn(acknowledgedOn);
        row.setAcknowledgedVia("PLATFORM");
        interviews.updateSubject(row);
        event(interview.getId(), InterviewStep.LETTER_ACKNOWLEDGED, "PLATFORM",
            subjects.nameOf(row.getSubjectId()).orElse("") + "：" + acknowledgedOn + " 经平台通道确认收悉", actor);
        runtimeService.messageEventReceived(InterviewProcess.Message.LETTER_ACKNOWLEDGED, waiting.getId());
        return true;
      }
    }
    return false;
  }

  /** What 登记确认收悉 shows: the subject, the letter's 文号 and the day it was to be acknowledged by. */
  public String letterText(long interviewSubjectId) {
    InterviewSubject row = subjectRow(interviewSubjectId);
    Interview interview = interview(row.getInterviewId());
    return subjectName(interviewSubjectId) + "：" + interview.getKind().label() + " " + documentNo(row)
        + "，确认收悉期限 " + row.getAcknowledgementDue().toLocalDate() + " 已过，未经平台通道确认"
        + (row.getPlatformLetterNo() == null ? "（未接入平台通道，纸面送达）" : "（平台通道函件编号 " + row.getPlatformLetterNo() + "）");
  }

  /**
   * 登记确认收悉 after the acknowledgement day: a paper receipt (回执) of a day between the letter and today, or 逾期未确认
   * — which counts in the subject's credit risk class (unacknowledgedLettersIn1Year).
   */
  public void recordAcknowledgement(long interviewSubjectId, Boolean paperReceipt, String acknowledgedOn,
      String actor) {
    InterviewSubject row = subjectRow(interviewSubjectId);
    Interview interview = interview(row.getInterviewId());
    Inputs inputs = new Inputs().require(paperReceipt != null, Var.PAPER_RECEIPT.name(),
        "请选择是否收到纸面回执", "say whether a paper receipt came in");
    LocalDate on = null;
    if (Boolean.TRUE.equals(paperReceipt)) {
      try {
        on = LocalDate.parse(acknowledgedOn == null ? "" : acknowledgedOn.trim().substring(0,
            Math.min(10, acknowledgedOn.trim().length())));
        EnforcementAction letter = records.byId(row.getNoticeActionId()).orElseThrow();
        inputs.require(!on.isAfter(LocalDate.now(clock)), Var.ACKNOWLEDGED_ON.name(), "回执日期不能晚于今天",
                "the receipt's day cannot be in the future")
            .require(!on.isBefore(letter.getIssuedOn()), Var.ACKNOWLEDGED_ON.name(),
                "回执日期不能早于制发日期", "the receipt's day cannot be before the letter");
      } catch (DateTimeParseException e) {
        inputs.require(false, Var.ACKNOWLEDGED_ON.name(), "请填写回执日期（如2026-03-10）",
            "give the receipt's day, e.g. 2026-03-10");
      }
    }
    inputs.throwIfAny();
    boolean paper = Boolean.TRUE.equals(paperReceipt);
    row.setAcknowledged(paper);
    row.setAcknowledgedOn(on);
    row.setAcknowledgedVia(paper ? "PAPER" : null);
    interviews.updateSubject(row);
    String name = subjects.nameOf(row.getSubjectId()).orElse("");
    event(interview.getId(), InterviewStep.LETTER_ACKNOWLEDGED, paper ? "PAPER" : "OVERDUE",
        paper ? name + "：纸面回执 " + on : name + "：确认收悉期限 " + row.getAcknowledgementDue().toLocalDate()
            + " 届满未确认", actor);
    if (!paper) {
      facts.publishEvent(new SubjectFactsChanged(Set.of(row.getSubjectId())));
    }
  }

  private String documentNo(InterviewSubject row) {
    return row.getNoticeActionId() == null ? null
        : records.byId(row.getNoticeActionId()).map(EnforcementAction::getDocumentNo).orElse(null);
  }

  /** A commitment by its number (the platforms' channel); empty when there is none. */
  @Transactional(readOnly = true)
  public Optional<InterviewCommitment> commitmentByNo(String commitmentNo) {
    return interviews.findCommitmentByNo(commitmentNo);
  }

  /** The commitments made by these subjects, oldest first; status null for all (the platforms' channel). */
  @Transactional(readOnly = true)
  public List<InterviewCommitment> commitmentsOf(Collection<Long> subjectIds, CommitmentStatus status) {
    return subjectIds.isEmpty() ? List.of() : interviews.findCommitmentsOfSubjects(subjectIds, status);
  }

  /** The register subject that made a commitment. */
  @Transactional(readOnly = true)
  public long subjectOfCommitment(InterviewCommitment commitment) {
    return subjectRow(commitment.getInterviewSubjectId()).getSubjectId();
  }

  /** The subject rows of the interviews naming these subjects (the platform's letters). */
  @Transactional(readOnly = true)
  public List<InterviewSubject> rowsOf(Collection<Long> subjectIds) {
    return subjectIds.isEmpty() ? List.of() : interviews.findSubjectRowsOf(subjectIds);
  }

  // ---------------------------------------------------------------- the record

  /** What 记录约谈情况 submits for one subject. */
  public record SubjectRecord(Boolean attended, String partyAttendees, String problems, String commitmentsText) {
  }

  /**
   * 记录约谈情况 for one subject: attendance, the party's attendees (positions, no ID numbers), the problems pointed
   * out and the commitments, one a line {@code yyyy-MM-dd 内容}, each due after the interview day and within
   * commitment-max-days of it. Once every subject is recorded the interview follows its commitments up.
   */
  public void recordInterview(long interviewSubjectId, SubjectRecord in, String actor) {
    InterviewSubject row = subjectRow(interviewSubjectId);
    Interview interview = interview(row.getInterviewId());
    LocalDate day = interview.getInterviewAt().toLocalDate();
    Inputs inputs = new Inputs()
        .require(!LocalDate.now(clock).isBefore(day), Var.INTERVIEW_AT.name(), "约谈尚未举行（" + day + "）",
            "the interview has not taken place yet (" + day + ")")
        .require(in.attended() != null, Var.ATTENDED.name(), "请选择是否到场", "say whether the subject attended")
        .require(!Boolean.TRUE.equals(in.attended()) || notBlank(in.partyAttendees()), Var.PARTY_ATTENDEES.name(),
            "请填写对方到场人员（职务）", "give the party's attendees (positions)")
        .require(fits(in.partyAttendees(), SHORT_TEXT), Var.PARTY_ATTENDEES.name(), "不超过500字", "at most 500 characters")
        .require(notBlank(in.problems()), Var.PROBLEMS.name(), "请填写指出的问题", "give the problems pointed out")
        .require(fits(in.problems(), TEXT), Var.PROBLEMS.name(), "不超过2000字", "at most 2000 characters");
    List<InterviewCommitment> commitments = commitments(in.commitmentsText(), day, inputs);
    inputs.throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock);
    row.setAttended(in.attended());
    row.setPartyAttendees(trimmed(in.partyAttendees()));
    row.setProblems(in.problems().trim());
    row.setRecordedBy(actor);
    row.setRecordedAt(now);
    interviews.updateSubject(row);
    for (InterviewCommitment commitment : commitments) {
      commitment.setCommitmentNo(numbers.nextDaily(COMMITMENT_PREFIX, now.toLocalDate()));
      commitment.setInterviewSubjectId(row.getId());
      commitment.setStatus(CommitmentStatus.OPEN);
      interviews.insertCommitment(commitment);
    }
    records.record(new NewAction(ActionType.INTERVIEW_RECORD, interview.getHostUnit(), null, null, row.getSubjectId(),
        null, in.attended() ? "到场" : "未到场", actor,
        "约谈" + interview.getInterviewNo() + "，承诺" + commitments.size() + "项"));
    event(interview.getId(), InterviewStep.INTERVIEW_RECORDED, in.attended() ? "ATTENDED" : "ABSENT",
        subjects.nameOf(row.getSubjectId()).orElse("") + "：承诺" + commitments.size() + "项", actor);
    if (interviews.findSubjects(interview.getId()).stream().allMatch(s -> s.getRecordedAt() != null)) {
      interview.setStatus(InterviewStatus.FOLLOW_UP);
      interviews.update(interview);
    }
  }

  private List<InterviewCommitment> commitments(String text, LocalDate interviewDay, Inputs inputs) {
    List<InterviewCommitment> read = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return read;
    }
    String field = Var.COMMITMENTS_TEXT.name();
    List<String> lines = text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    inputs.require(lines.size() <= MAX_COMMITMENTS, field, "每个主体最多" + MAX_COMMITMENTS + "项承诺",
        "at most " + MAX_COMMITMENTS + " commitments a subject");
    LocalDate latest = interviewDay.plusDays(commitmentMaxDays);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String prefix = "第" + (i + 1) + "行：";
      String[] parts = line.split("\\s+", 2);
      LocalDate due = null;
      try {
        due = LocalDate.parse(parts[0]);
      } catch (DateTimeParseException e) {
        inputs.require(false, field, prefix + "须以期限开头，如「2026-04-30 下架全部无标签商品」",
            "line " + (i + 1) + ": start with the deadline, e.g. 2026-04-30 …");
        continue;
      }
      String content = parts.length < 2 ? "" : parts[1].trim();
      inputs.require(due.isAfter(interviewDay), field, prefix + "承诺期限须晚于约谈日" + interviewDay,
              "line " + (i + 1) + ": the deadline must be after the interview day")
          .require(!due.isAfter(latest), field, prefix + "承诺期限不能晚于约谈日起" + commitmentMaxDays + "日（" + latest + "）",
              "line " + (i + 1) + ": the deadline must be within " + commitmentMaxDays + " days of the interview")
          .require(!content.isEmpty(), field, prefix + "请填写承诺内容", "line " + (i + 1) + ": give the commitment")
          .require(content.length() <= COMMITMENT_TEXT, field, prefix + "承诺内容不超过1000字",
              "line " + (i + 1) + ": at most 1000 characters");
      InterviewCommitment commitment = new InterviewCommitment();
      commitment.setDueOn(due);
      commitment.setContent(content);
      read.add(commitment);
    }
    return read;
  }

  // ---------------------------------------------------------------- commitments

  /**
   * The subject reported a commitment fulfilled (message Msg_CommitmentReported; slice 3 brings the platform's
   * endpoint that calls this): the report is kept with the commitment and its follow-up goes to the check at once, its
   * deadline timer cancelled, in one transaction. False, and nothing kept, when the commitment waits no longer (its
   * deadline passed or it was checked).
   */
  public boolean reportCommitment(long commitmentId, String actor) {
    InterviewCommitment commitment = commitment(commitmentId);
    Interview interview = interview(interviewOf(commitment));
    for (Execution waiting : runtimeService.createExecutionQuery()
        .processInstanceId(interview.getProcessInstanceId())
        .messageEventSubscriptionName(InterviewProcess.Message.COMMITMENT_REPORTED).list()) {
      // the element variable lives on the multi-instance's execution, above the one that waits
      Object id = runtimeService.getVariable(waiting.getId(), Var.COMMITMENT_ID.name());
      if (Long.valueOf(commitmentId).equals(Var.COMMITMENT_ID.convert(id))) {
        commitment.setReportedAt(LocalDateTime.now(clock));
        interviews.updateCommitment(commitment);
        event(interview.getId(), InterviewStep.COMMITMENT_REPORTED, null,
            commitment.getCommitmentNo() + "：" + commitment.getContent(), actor);
        runtimeService.messageEventReceived(InterviewProcess.Message.COMMITMENT_REPORTED, waiting.getId());
        return true;
      }
    }
    return false;
  }

  /**
   * 核查承诺履行: fulfilled or not; if not, what follows (线索 / 上报 / 不再跟进, the last with a reason). The
   * coordination group does not report to itself.
   */
  public void checkCommitment(long commitmentId, Boolean fulfilled, String note, String followUp, String actor) {
    InterviewCommitment commitment = commitment(commitmentId);
    Interview interview = interview(interviewOf(commitment));
    Inputs inputs = new Inputs()
        .require(fulfilled != null, Var.COMMITMENT_FULFILLED.name(), "请选择是否已履行", "say whether it was fulfilled")
        .require(fits(note, TEXT), Var.CHECK_NOTE.name(), "不超过2000字", "at most 2000 characters");
    FollowUp next = null;
    if (Boolean.FALSE.equals(fulfilled)) {
      next = inputs.readEnum(FollowUp.class, followUp, Var.FOLLOW_UP.name());
      inputs.require(next != FollowUp.ESCALATE || !hostedByCoordination(interview), Var.FOLLOW_UP.name(),
              "主办单位为综合协调工作组，不能上报本组", "the coordination group hosts this interview and cannot report to itself")
          .require(next != FollowUp.NONE || notBlank(note), Var.CHECK_NOTE.name(), "不再跟进须说明理由",
              "not following up needs a reason");
    }
    inputs.throwIfAny();
    commitment.setStatus(fulfilled ? CommitmentStatus.FULFILLED : CommitmentStatus.NOT_FULFILLED);
    commitment.setCheckNote(trimmed(note));
    commitment.setCheckedBy(actor);
    commitment.setCheckedAt(LocalDateTime.now(clock));
    commitment.setFollowUp(next);
    interviews.updateCommitment(commitment);
    if (commitment.getStatus() == CommitmentStatus.NOT_FULFILLED) {
      // a commitment not kept counts in the subject's credit risk class
      facts.publishEvent(new SubjectFactsChanged(Set.of(subjectRow(commitment.getInterviewSubjectId()).getSubjectId())));
    }
    event(interview.getId(), InterviewStep.COMMITMENT_CHECK, commitment.getStatus().name(),
        commitment.getCommitmentNo() + "：" + commitment.getContent()
            + (commitment.getCheckNote() == null ? "" : "；核查：" + commitment.getCheckNote()), actor);
  }

  /**
   * Registers the unfulfilled commitment as a clue against its subject (ClueSource.INTERVIEW_COMMITMENT, the
   * commitment number as external number): clue verification takes it from there. A district host handles it; a
   * city host's clue goes to the subject's district (else the enforcement corps).
   */
  public RegisteredClue raiseClue(long commitmentId) {
    InterviewCommitment commitment = commitment(commitmentId);
    InterviewSubject row = subjectRow(commitment.getInterviewSubjectId());
    Interview interview = interview(row.getInterviewId());
    SupervisedSubject subject = subjects.byId(row.getSubjectId()).orElseThrow();
    OrgUnit host = organization.unit(interview.getHostUnit()).orElseThrow();
    String district = host.getKind() == UnitKind.DISTRICT ? host.getDistrictCode() : subject.getDistrictCode();
    ClueRequest request = new ClueRequest(ClueSource.INTERVIEW_COMMITMENT, commitment.getCommitmentNo(),
        LocalDateTime.now(clock), category(interview), district,
        List.of(new ClueRequest.Subject(subject.getSubjectType(), subject.getName(), subject.getCreditCode(),
            subject.getPlatformName(), subject.getAccountId(), subject.getDistrictCode())),
        failure(interview, commitment), List.of("约谈 " + interview.getInterviewNo()), null);
    RegisteredClue clue = clues.register(request, commitment.getCheckedBy());
    commitment.setClueId(clue.clueId());
    interviews.updateCommitment(commitment);
    event(interview.getId(), InterviewStep.FOLLOW_UP, FollowUp.CLUE.name(),
        commitment.getCommitmentNo() + " → 线索 " + clue.clueNo(), commitment.getCheckedBy());
    return clue;
  }

  /** Reports the unfulfilled commitment to the coordination group (EscalationSource.INTERVIEW) for the host unit. */
  public EscalationIntakeService.Reported escalate(long commitmentId) {
    InterviewCommitment commitment = commitment(commitmentId);
    InterviewSubject row = subjectRow(commitment.getInterviewSubjectId());
    Interview interview = interview(row.getInterviewId());
    String name = subjects.nameOf(row.getSubjectId()).orElse("");
    EscalationRequest request = new EscalationRequest("约谈承诺未履行：" + name, failure(interview, commitment),
        category(interview), List.of(), interview.getHostUnit());
    EscalationIntakeService.Reported reported = escalations.report(request, EscalationSource.INTERVIEW,
        commitment.getCheckedBy(), null);
    commitment.setEscalationId(reported.escalationId());
    interviews.updateCommitment(commitment);
    event(interview.getId(), InterviewStep.FOLLOW_UP, FollowUp.ESCALATE.name(),
        commitment.getCommitmentNo() + " → 上报 " + reported.escalationNo(), commitment.getCheckedBy());
    return reported;
  }

  /**
   * 审批不再跟进: the heads agree that the unfulfilled commitment is not pursued, or send it back to the check (a note
   * required then).
   */
  public void approveNoFollowUp(long commitmentId, Boolean approved, String note, String actor) {
    new Inputs()
        .require(approved != null, Var.NO_FOLLOW_UP_APPROVED.name(), "请选择是否同意", "approve or refuse")
        .require(approved == null || approved || notBlank(note), Var.NO_FOLLOW_UP_NOTE.name(), "不同意须说明理由",
            "a refusal needs a reason")
        .require(fits(note, SHORT_TEXT), Var.NO_FOLLOW_UP_NOTE.name(), "不超过500字", "at most 500 characters")
        .throwIfAny();
    InterviewCommitment commitment = commitment(commitmentId);
    if (approved) {
      commitment.setNoFollowUpApprovedBy(actor);
    } else {
      commitment.setFollowUp(null);
    }
    interviews.updateCommitment(commitment);
    event(interviewOf(commitment), InterviewStep.NO_FOLLOW_UP_APPROVAL, approved ? "APPROVED" : "REFUSED",
        commitment.getCommitmentNo() + (notBlank(note) ? "：" + note.trim() : ""), actor);
  }

  /** 办结: every commitment followed up. */
  public void close(long interviewId, String actor) {
    Interview interview = interview(interviewId);
    List<InterviewCommitment> commitments = interviews.findCommitments(interviewId);
    interview.setStatus(InterviewStatus.CLOSED);
    interview.setClosedAt(LocalDateTime.now(clock));
    interviews.update(interview);
    if (interview.getKind() != InterviewKind.INTERVIEW) {
      List<InterviewSubject> rows = interviews.findSubjects(interviewId);
      long acknowledged = rows.stream().filter(r -> Boolean.TRUE.equals(r.getAcknowledged())).count();
      event(interviewId, InterviewStep.CLOSED, null, interview.getKind().label() + rows.size() + "份，确认收悉"
          + acknowledged + "份", actor);
      return;
    }
    long fulfilled = commitments.stream().filter(c -> c.getStatus() == CommitmentStatus.FULFILLED).count();
    event(interviewId, InterviewStep.CLOSED, null, "承诺" + commitments.size() + "项，已履行" + fulfilled + "项", actor);
  }

  /** Writes one step of the interview to governance_event. */
  public void event(long interviewId, InterviewStep step, String decision, String detail, String actor) {
    events.record(GovernanceRecordKind.INTERVIEW, interviewId, step, decision,
        detail == null ? null : detail.length() > 4000 ? detail.substring(0, 4000) : detail, actor);
  }

  private long interviewOf(InterviewCommitment commitment) {
    return subjectRow(commitment.getInterviewSubjectId()).getInterviewId();
  }

  private static boolean hostedByCoordination(Interview interview) {
    return CityGroups.COORDINATION.equals(interview.getHostUnit());
  }

  private static ViolationCategory category(Interview interview) {
    return interview.getCategory() == null ? DEFAULT_CATEGORY : interview.getCategory();
  }

  private static String failure(Interview interview, InterviewCommitment commitment) {
    return "约谈" + interview.getInterviewNo() + "中承诺的事项到期未履行：" + commitment.getContent() + "（承诺期限 "
        + commitment.getDueOn() + "）" + (commitment.getCheckNote() == null ? "" : "\n核查情况：" + commitment.getCheckNote());
  }

  /** yyyy-MM-ddTHH:mm (the form's date-time field), yyyy-MM-dd HH:mm, or a day alone (09:00). */
  private static LocalDateTime dateTime(String text, Inputs inputs) {
    String value = text == null ? "" : text.trim().replace(' ', 'T');
    try {
      return value.length() <= 10 ? LocalDate.parse(value).atTime(9, 0)
          : LocalDateTime.parse(value.length() > 16 ? value.substring(0, 16) : value);
    } catch (DateTimeParseException e) {
      inputs.require(false, Var.INTERVIEW_AT.name(), "请填写约谈时间（如2026-03-10T09:30）",
          "give the time, e.g. 2026-03-10T09:30");
      return null;
    }
  }

  static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  static boolean fits(String text, int max) {
    return text == null || text.trim().length() <= max;
  }

  private static String trimmed(String text) {
    return notBlank(text) ? text.trim() : null;
  }
}
