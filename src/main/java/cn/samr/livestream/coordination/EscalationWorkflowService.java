package cn.samr.livestream.coordination;

import static cn.samr.livestream.coordination.EscalationText.LONG_TEXT;
import static cn.samr.livestream.coordination.EscalationText.SHORT_TEXT;
import static cn.samr.livestream.coordination.EscalationText.TEXT;
import static cn.samr.livestream.coordination.EscalationText.fits;
import static cn.samr.livestream.coordination.EscalationText.notBlank;
import static cn.samr.livestream.coordination.EscalationText.truncate;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.coordination.CoordinationProcess.Var;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination group's work on a reported matter (综合协调工作组研判): the triage's choices, the
 * meeting, the consolidated guidance and its acknowledgement. It owns the escalation's record: every step
 * of every service is written to escalation_event through {@link #event}.
 */
@Service
@Transactional
public class EscalationWorkflowService {

  public static final int DEFAULT_FEEDBACK_WORKING_DAYS = 10;
  /** The reminder comes two working days before the deadline, so a deadline needs at least three. */
  static final int MIN_FEEDBACK_WORKING_DAYS = 3;
  static final int MAX_FEEDBACK_WORKING_DAYS = 30;

  private final EscalationMapper escalations;
  private final Clock clock;

  public EscalationWorkflowService(EscalationMapper escalations, Clock clock) {
    this.escalations = escalations;
    this.clock = clock;
  }

  /** The triage's choices (研判), from the triage form. */
  public record TriageInput(boolean answerDirectly, boolean conveneMeeting, boolean notifyDepartments,
      String guidance, List<String> departments, Long feedbackWorkingDays, Map<String, Long> feedbackWorkingDaysOf,
      String plannedMeetingDate) {
  }

  public Escalation escalation(long id) {
    return escalations.findById(id)
        .orElseThrow(() -> new NotFoundException("上报事项不存在：" + id, "no escalation " + id));
  }

  // ---------------------------------------------------------------- triage and meeting

  /** 研判: at least one way to answer; guidance to answer directly; departments to notify them. */
  public void triage(long escalationId, TriageInput in, String actor) {
    Inputs inputs = new Inputs();
    inputs.require(in.answerDirectly() || in.conveneMeeting() || in.notifyDepartments(), "answerDirectly",
        "请至少选择一种处理方式", "choose at least one way to proceed");
    inputs.require(!in.answerDirectly() || notBlank(in.guidance()), "guidance", "直接答复须填写指导意见",
        "answering directly needs the guidance");
    inputs.require(fits(in.guidance(), TEXT), "guidance", "指导意见不超过2000字", "at most 2000 characters");
    LocalDate plannedMeeting = null;
    if (in.conveneMeeting() && notBlank(in.plannedMeetingDate())) {
      String text = in.plannedMeetingDate().trim();
      try {
        plannedMeeting = LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        inputs.require(!plannedMeeting.isBefore(LocalDate.now(clock)), Var.PLANNED_MEETING_DATE.name(),
            "拟召开日期不能早于今天", "must not be in the past");
      } catch (DateTimeParseException e) {
        inputs.require(false, Var.PLANNED_MEETING_DATE.name(), "请填写日期（如2026-11-22）",
            "give a date such as 2026-11-22");
      }
    }
    Map<Department, Integer> departments = new LinkedHashMap<>();
    long days = in.feedbackWorkingDays() == null ? DEFAULT_FEEDBACK_WORKING_DAYS : in.feedbackWorkingDays();
    inputs.require(validDays(days), "feedbackWorkingDays", "反馈期限应为3至30个工作日",
        "the feedback period is 3 to 30 working days");
    if (in.notifyDepartments()) {
      List<String> chosen = in.departments() == null ? List.of() : in.departments();
      inputs.require(!chosen.isEmpty(), "departments", "请选择通报的部门", "choose the departments to notify");
      for (String value : chosen) {
        Department department = Inputs.enumValue(Department.class, value, "departments");
        Long own = in.feedbackWorkingDaysOf() == null ? null : in.feedbackWorkingDaysOf().get(department.name());
        inputs.require(own == null || validDays(own), DepartmentFields.FEEDBACK_DAYS_PREFIX + department.name(),
            department.label() + "的反馈期限应为3至30个工作日", "the feedback period is 3 to 30 working days");
        departments.put(department, (int) (own != null ? own : days));
      }
    }
    inputs.throwIfAny();
    Escalation escalation = escalation(escalationId);
    escalation.setAnswerDirectly(in.answerDirectly());
    escalation.setConveneMeeting(in.conveneMeeting());
    escalation.setNotifyDepartments(in.notifyDepartments());
    escalation.setTriageGuidance(notBlank(in.guidance()) ? in.guidance().trim() : null);
    escalation.setTriagedBy(actor);
    escalation.setTriagedAt(LocalDateTime.now(clock));
    escalation.setPlannedMeetingDate(plannedMeeting);
    boolean onlyGuidance = !in.conveneMeeting() && !in.notifyDepartments();
    if (onlyGuidance) {
      escalation.setGuidance(escalation.getTriageGuidance());
      escalation.setGuidanceBy(actor);
      escalation.setGuidanceAt(escalation.getTriagedAt());
    }
    escalation.setStatus(onlyGuidance ? EscalationStatus.AWAITING_ACKNOWLEDGEMENT : EscalationStatus.IN_PROGRESS);
    escalations.update(escalation);
    departments.forEach((department, ownDays) -> {
      DepartmentNotice notice = new DepartmentNotice();
      notice.setEscalationId(escalationId);
      notice.setDepartment(department);
      notice.setFeedbackWorkingDays(ownDays);
      escalations.insertNotice(notice);
    });
    String decision = (in.answerDirectly() ? "GUIDANCE " : "") + (in.conveneMeeting() ? "MEETING " : "")
        + (in.notifyDepartments() ? "DEPARTMENTS" : "");
    event(escalationId, EscalationStep.TRIAGE, decision.trim(), (departments.isEmpty() ? "" : "通报："
        + departments.entrySet().stream().map(e -> e.getKey().label() + "（" + e.getValue() + "个工作日内反馈）")
            .collect(Collectors.joining("、")) + "；")
        + (plannedMeeting == null ? "" : "拟于" + plannedMeeting + "召开专题讨论会；")
        + (escalation.getTriageGuidance() == null ? "" : "指导意见：" + escalation.getTriageGuidance()), actor);
  }

  /** 专题讨论会: date, participants, minutes and conclusions. */
  public void recordMeeting(long escalationId, String date, String participants, String minutes, String conclusions,
      String actor) {
    LocalDate day = Inputs.date(date, "meetingDate");
    new Inputs()
        .require(!day.isAfter(LocalDate.now(clock)), "meetingDate", "会议日期不能晚于今天", "must not be in the future")
        .require(notBlank(participants), "meetingParticipants", "请填写参会单位和人员", "give the participants")
        .require(notBlank(minutes), "meetingMinutes", "请填写会议纪要", "give the minutes")
        .require(notBlank(conclusions), "meetingConclusions", "请填写会议结论", "give the conclusions")
        .require(fits(participants, SHORT_TEXT), "meetingParticipants", "不超过500字", "at most 500 characters")
        .require(fits(minutes, LONG_TEXT), "meetingMinutes", "不超过4000字", "at most 4000 characters")
        .require(fits(conclusions, TEXT), "meetingConclusions", "不超过2000字", "at most 2000 characters")
        .throwIfAny();
    Escalation escalation = escalation(escalationId);
    escalation.setMeetingDate(day);
    escalation.setMeetingParticipants(participants.trim());
    escalation.setMeetingMinutes(minutes.trim());
    escalation.setMeetingConclusions(conclusions.trim());
    escalation.setMeetingRecordedAt(LocalDateTime.now(clock));
    escalations.update(escalation);
    event(escalationId, EscalationStep.MEETING, day.toString(), "参会：" + participants.trim() + "；结论：" + conclusions.trim(), actor);
  }

  // ---------------------------------------------------------------- guidance

  /** What the consolidation task shows read-only: triage, meeting and every department's feedback. */
  public String feedbackSummary(long escalationId) {
    Escalation escalation = escalation(escalationId);
    StringBuilder text = new StringBuilder();
    if (escalation.getTriageGuidance() != null) {
      text.append("研判意见：").append(escalation.getTriageGuidance()).append('\n');
    }
    if (escalation.getMeetingConclusions() != null) {
      text.append("专题讨论会（").append(escalation.getMeetingDate()).append("）结论：")
          .append(escalation.getMeetingConclusions()).append('\n');
    }
    for (DepartmentNotice notice : escalations.findNotices(escalationId)) {
      text.append(notice.getDepartment().label()).append(notice.isOverdue() ? "（逾期）" : "").append("：")
          .append(notice.getFeedback() == null ? "未反馈" : notice.getFeedback()).append('\n');
    }
    return text.toString().trim();
  }

  /** 汇总指导意见. */
  public void consolidate(long escalationId, String guidance, String actor) {
    new Inputs()
        .require(notBlank(guidance), Var.GUIDANCE.name(), "请填写汇总后的指导意见", "give the consolidated guidance")
        .require(fits(guidance, TEXT), Var.GUIDANCE.name(), "指导意见不超过2000字", "at most 2000 characters")
        .throwIfAny();
    Escalation escalation = escalation(escalationId);
    escalation.setGuidance(guidance.trim());
    escalation.setGuidanceBy(actor);
    escalation.setGuidanceAt(LocalDateTime.now(clock));
    escalation.setStatus(EscalationStatus.AWAITING_ACKNOWLEDGEMENT);
    escalations.update(escalation);
    event(escalationId, EscalationStep.GUIDANCE, null, guidance.trim(), actor);
  }

  /** 确认收悉: the reporting unit has the guidance; the matter is closed. */
  public void acknowledge(long escalationId, String note, String actor) {
    if (!fits(note, SHORT_TEXT)) {
      throw InvalidInputException.of(Var.ACKNOWLEDGEMENT_NOTE.name(), "不超过500字", "at most 500 characters");
    }
    Escalation escalation = escalation(escalationId);
    LocalDateTime now = LocalDateTime.now(clock);
    escalation.setAcknowledgedBy(actor);
    escalation.setAcknowledgedAt(now);
    escalation.setAcknowledgementNote(notBlank(note) ? note.trim() : null);
    escalation.setStatus(EscalationStatus.CLOSED);
    escalation.setClosedAt(now);
    escalations.update(escalation);
    event(escalationId, EscalationStep.ACKNOWLEDGED, null, escalation.getAcknowledgementNote(), actor);
  }

  public List<RecordEvent> events(long escalationId) {
    return escalations.findEvents(escalationId);
  }

  public void event(long escalationId, EscalationStep step, String decision, String detail, String actor) {
    escalations.insertEvent(new RecordEvent(escalationId, step, decision, detail == null ? null : truncate(detail, LONG_TEXT),
        actor, LocalDateTime.now(clock)));
  }

  private static boolean validDays(long days) {
    return days >= MIN_FEEDBACK_WORKING_DAYS && days <= MAX_FEEDBACK_WORKING_DAYS;
  }
}
