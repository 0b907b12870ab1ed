package cn.samr.livestream.governance.interview;

import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.governance.interview.InterviewProcess.Var;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SupervisedSubject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests an interview (发起行政约谈, docs/governance.md §2.1): who may host it, which subjects it may name, and the
 * one open interview of a kind per subject; stores the interview with a row per subject and starts (or fills) its
 * process, in one transaction.
 */
@Service
@Transactional
public class InterviewIntakeService {

  static final String NUMBER_PREFIX = "YT";

  private final InterviewMapper interviews;
  private final InterviewWorkflowService workflow;
  private final SubjectRegistry subjects;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final RuntimeService runtimeService;
  private final Validator validator;
  private final Clock clock;

  public InterviewIntakeService(InterviewMapper interviews, InterviewWorkflowService workflow,
      SubjectRegistry subjects, DocumentNumbers numbers, OrganizationService organization,
      RuntimeService runtimeService, Validator validator, Clock clock) {
    this.interviews = interviews;
    this.workflow = workflow;
    this.subjects = subjects;
    this.numbers = numbers;
    this.organization = organization;
    this.runtimeService = runtimeService;
    this.validator = validator;
    this.clock = clock;
  }

  public record Requested(long interviewId, String interviewNo, String processInstanceId) {
  }

  /** POST /api/interviews: stores the interview and starts the process with its number as business key. */
  public Requested request(InterviewRequest request, String actor, Collection<String> actorGroups) {
    Interview interview = store(request, actor, actorGroups);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(InterviewProcess.PROCESS_KEY)
        .businessKey(interview.getInterviewNo())
        .setVariables(startVariables(interview))
        .execute();
    interview = workflow.interview(interview.getId());
    interview.setProcessInstanceId(instance.getId());
    interviews.update(interview);
    return new Requested(interview.getId(), interview.getInterviewNo(), instance.getId());
  }

  /** The Tasklist start form's fields, stored inside the starting instance. */
  public Requested requestInProcess(InterviewRequest request, String actor, Collection<String> actorGroups,
      DelegateExecution execution) {
    Interview interview = store(request, actor, actorGroups);
    execution.setProcessBusinessKey(interview.getInterviewNo());
    execution.setVariables(startVariables(interview));
    interview.setProcessInstanceId(execution.getProcessInstanceId());
    interviews.update(interview);
    return new Requested(interview.getId(), interview.getInterviewNo(), execution.getProcessInstanceId());
  }

  /**
   * The subjects the start form names, one a line: a registry id, a unified social credit code (18 characters, digits
   * alone too), or 平台:账号. A line
   * that names no registered subject is a field error naming its line.
   */
  public List<Long> subjectIdsOf(List<String> lines, Inputs inputs) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      Optional<SupervisedSubject> subject;
      int colon = Math.max(line.indexOf(':'), line.indexOf('：'));
      if (line.matches("\\d{1,17}")) {
        subject = subjects.byId(Long.parseLong(line));
      } else if (colon > 0) {
        subject = subjects.byAccount(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      } else {
        subject = subjects.byCreditCode(line.toUpperCase());
      }
      inputs.require(subject.isPresent(), Var.SUBJECTS.name(), "第" + (i + 1) + "行：名录中没有此主体：" + line,
          "line " + (i + 1) + ": no such subject in the register: " + line);
      subject.ifPresent(s -> ids.add(s.getId()));
    }
    return ids;
  }

  private Interview store(InterviewRequest request, String actor, Collection<String> actorGroups) {
    Inputs inputs = new Inputs().addAll(validator.validate(request), field -> field);
    inputs.throwIfAny();
    InterviewKind kind = request.kind() == null ? InterviewKind.INTERVIEW : request.kind();
    Optional<OrgUnit> host = hostUnit(request.hostUnit(), actorGroups);
    inputs.require(host.isPresent(), "hostUnit", "无法确定主办单位：须为本人担任负责人的单位或综合协调工作组",
        "the host unit is unknown or not yours: a unit you head, or the coordination group");
    LocalDate today = LocalDate.now(clock);
    inputs.require(request.plannedDate() == null || !request.plannedDate().isBefore(today), "plannedDate",
        "拟约谈日期不能早于今天", "must not be in the past");
    Set<Long> subjectIds = new LinkedHashSet<>();
    for (int i = 0; i < request.subjectIds().size(); i++) {
      String field = "subjectIds[" + i + "]";
      Optional<SupervisedSubject> subject = subjects.byId(request.subjectIds().get(i));
      inputs.require(subject.isPresent(), field, "名录中没有此主体：" + request.subjectIds().get(i),
          "no such subject in the register: " + request.subjectIds().get(i));
      if (subject.isPresent() && host.isPresent()) {
        inputs.require(inScope(host.get(), subject.get()), field,
            "主体「" + subject.get().getName() + "」不在主办单位的辖区内", "the subject is outside the host unit's district");
        subjectIds.add(subject.get().getId());
      }
    }
    inputs.throwIfAny();
    // a request naming the same subject at the same moment waits here, then finds this one open (400, not a second)
    interviews.lockSubjects(subjectIds);
    List<String> open = interviews.findOpenNumbers(kind, subjectIds);
    inputs.require(open.isEmpty(), "subjectIds", "已有进行中的约谈 " + String.join("、", open),
        "an interview of these subjects is in progress: " + String.join(", ", open));
    inputs.throwIfAny();

    OrgUnit unit = host.get();
    boolean approvalNeeded = actorGroups == null || !actorGroups.contains(organization.headGroupOf(unit.getCode()));
    LocalDateTime now = LocalDateTime.now(clock);
    Interview interview = new Interview();
    interview.setInterviewNo(numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate()));
    interview.setKind(kind);
    interview.setOrigin("REQUEST");
    interview.setStatus(approvalNeeded ? InterviewStatus.AWAITING_APPROVAL : InterviewStatus.NOTICE);
    interview.setHostUnit(unit.getCode());
    interview.setIssues(request.issues().trim());
    interview.setBasis(request.basis() == null || request.basis().isBlank() ? null : request.basis().trim());
    interview.setCategory(request.category());
    List<Department> joint = request.jointDepartments() == null ? List.of() : request.jointDepartments();
    interview.setJointDepartments(joint.isEmpty() ? null
        : joint.stream().distinct().map(Department::name).collect(Collectors.joining(",")));
    interview.setPlannedDate(request.plannedDate());
    interview.setRequestedBy(actor);
    interview.setRequestedAt(now);
    interviews.insert(interview);
    for (long subjectId : subjectIds) {
      InterviewSubject row = new InterviewSubject();
      row.setInterviewId(interview.getId());
      row.setSubjectId(subjectId);
      interviews.insertSubject(row);
    }
    workflow.event(interview.getId(), InterviewStep.REQUESTED, "REQUEST", kind.label() + "，" + subjectIds.size()
        + "个主体：" + subjectNames(subjectIds) + "；事由：" + interview.getIssues()
        + (joint.isEmpty() ? "" : "；联合：" + joint.stream().distinct().map(Department::label)
            .collect(Collectors.joining("、"))), actor);
    if (!approvalNeeded) {
      workflow.event(interview.getId(), InterviewStep.APPROVAL, "NOT_NEEDED", null, actor);
    }
    return interview;
  }

  /**
   * The unit named (its code) if the requester may host there, else the requester's only such unit: a unit whose
   * heads' group he is in, or the coordination group for its officers and heads. Without the requester's groups (the
   * system) the unit named is taken as given.
   */
  Optional<OrgUnit> hostUnit(String named, Collection<String> actorGroups) {
    List<OrgUnit> mine = organization.activeUnits().stream().filter(u -> mayHost(u, actorGroups)).toList();
    if (named != null && !named.isBlank()) {
      return organization.unit(named.trim()).filter(OrgUnit::isActive)
          .filter(u -> actorGroups == null ? hostKind(u)
              : mine.stream().anyMatch(m -> m.getCode().equals(u.getCode())));
    }
    return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
  }

  private boolean mayHost(OrgUnit unit, Collection<String> groups) {
    if (groups == null || !hostKind(unit)) {
      return false;
    }
    if (unit.getKind() == UnitKind.COORDINATION) {
      return groups.contains(unit.getCode()) || groups.contains(organization.headGroupOf(unit.getCode()));
    }
    return unit.getHeadGroup() != null && groups.contains(unit.getHeadGroup());
  }

  private static boolean hostKind(OrgUnit unit) {
    return switch (unit.getKind()) {
      case DISTRICT, COMPLAINT_CENTRE, ENFORCEMENT_CORPS, COORDINATION -> true;
      default -> false;
    };
  }

  /** A district hosts interviews of the subjects registered in it; city units and the coordination group any. */
  private static boolean inScope(OrgUnit host, SupervisedSubject subject) {
    return host.getKind() != UnitKind.DISTRICT || host.getDistrictCode().equals(subject.getDistrictCode());
  }

  private String subjectNames(Collection<Long> subjectIds) {
    return subjectIds.stream().map(id -> subjects.nameOf(id).orElse("#" + id)).collect(Collectors.joining("、"));
  }

  /** The variables every instance starts with (task-list columns, candidate groups), for a request or a proposal. */
  Map<String, Object> startVariables(Interview interview) {
    OrgUnit unit = organization.unit(interview.getHostUnit()).orElseThrow();
    List<InterviewSubject> rows = interviews.findSubjects(interview.getId());
    String first = subjects.nameOf(rows.get(0).getSubjectId()).orElse(null);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.INTERVIEW_ID.name(), interview.getId());
    variables.put(Var.INTERVIEW_NO.name(), interview.getInterviewNo());
    variables.put(Var.LIST_NUMBER.name(), interview.getInterviewNo());
    variables.put(Var.SUBJECT_NAME.name(), rows.size() > 1 ? first + "等" + rows.size() + "家" : first);
    variables.put(Var.CATEGORY_LABEL.name(), interview.getCategory() == null ? null : interview.getCategory().label());
    variables.put(Var.INTERVIEW_KIND.name(), interview.getKind().name());
    variables.put(Var.HOST_UNIT.name(), unit.getCode());
    variables.put(Var.HOST_UNIT_HEAD.name(), organization.headGroupOf(unit.getCode()));
    variables.put(Var.HANDLING_UNIT_NAME.name(), unit.getName());
    return variables;
  }
}
