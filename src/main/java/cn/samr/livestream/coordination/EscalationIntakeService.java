package cn.samr.livestream.coordination;

import static cn.samr.livestream.coordination.EscalationText.TEXT;
import static cn.samr.livestream.coordination.EscalationText.truncate;

import cn.samr.livestream.coordination.CoordinationProcess.Var;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.security.PersonalDataMask;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.Times;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
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
 * Reports a matter to the coordination group (上报重大疑难问题): what a report must contain and who may
 * report, by the API, the Tasklist start form or a clue that verification raised; stores the escalation and
 * starts (or fills) its process.
 */
@Service
@Transactional
public class EscalationIntakeService {

  static final String NUMBER_PREFIX = "SB";
  /** Units that report matters and acknowledge guidance. */
  static final Set<UnitKind> REPORTING_KINDS = EnumSet.of(UnitKind.DISTRICT, UnitKind.COMPLAINT_CENTRE,
      UnitKind.ENFORCEMENT_CORPS, UnitKind.MONITORING_CENTRE);

  private final EscalationMapper escalations;
  private final EscalationWorkflowService workflow;
  private final ClueService clues;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final Validator validator;

  public EscalationIntakeService(EscalationMapper escalations, EscalationWorkflowService workflow, ClueService clues,
      DocumentNumbers numbers, OrganizationService organization, RuntimeService runtimeService, Clock clock,
      Validator validator) {
    this.escalations = escalations;
    this.workflow = workflow;
    this.clues = clues;
    this.numbers = numbers;
    this.organization = organization;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.validator = validator;
  }

  public record Reported(long escalationId, String escalationNo, String processInstanceId) {
  }

  /** POST /api/escalations: stores the report and starts the process with the number as business key. */
  public Reported report(EscalationRequest request, String actor, Collection<String> actorGroups) {
    return report(request, EscalationSource.API, actor, actorGroups);
  }

  /**
   * As {@link #report(EscalationRequest, String, Collection)}, from another feature's process (an interview's
   * unfulfilled commitment): without the reporter's groups the reporting unit named is taken as given.
   */
  public Reported report(EscalationRequest request, EscalationSource source, String actor,
      Collection<String> actorGroups) {
    Escalation escalation = store(request, source, actor, actorGroups);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(CoordinationProcess.PROCESS_KEY)
        .businessKey(escalation.getEscalationNo())
        .setVariables(startVariables(escalation))
        .execute();
    escalation.setProcessInstanceId(instance.getId());
    escalations.update(escalation);
    return new Reported(escalation.getId(), escalation.getEscalationNo(), instance.getId());
  }

  /** The Tasklist start form's fields, stored inside the starting instance. */
  public Reported reportInProcess(EscalationRequest request, String actor, Collection<String> actorGroups,
      DelegateExecution execution) {
    Escalation escalation = store(request, EscalationSource.TASKLIST, actor, actorGroups);
    execution.setProcessBusinessKey(escalation.getEscalationNo());
    return startedHere(escalation, execution);
  }

  /**
   * Clue verification reported the clue (message Msg_EscalationRaised): the clue's facts become the
   * matter, reported by the clue's handling unit. The business key stays the clue number it was sent with.
   */
  public Reported raiseFromClue(long clueId, DelegateExecution execution) {
    Clue clue = clues.clue(clueId);
    Escalation escalation = newEscalation(EscalationSource.CLUE, clue.getHandlingUnit(), Actors.SYSTEM);
    escalation.setClueId(clueId);
    escalation.setTitle("线索" + clue.getClueNo() + "涉及其他部门职责或属重大疑难问题");
    escalation.setDescription(truncate(PersonalDataMask.inText(clue.getFacts())
        + (clue.getFindings() == null ? "" : "\n核查情况：" + clue.getFindings()), TEXT));
    escalation.setCategory(clue.getCategory());
    escalations.insert(escalation);
    workflow.event(escalation.getId(), EscalationStep.REPORTED, EscalationSource.CLUE.name(),
        "线索核查报送：" + clue.getClueNo(), Actors.SYSTEM);
    return startedHere(escalation, execution);
  }

  private Reported startedHere(Escalation escalation, DelegateExecution execution) {
    execution.setVariables(startVariables(escalation));
    escalation.setProcessInstanceId(execution.getProcessInstanceId());
    escalations.update(escalation);
    return new Reported(escalation.getId(), escalation.getEscalationNo(), execution.getProcessInstanceId());
  }

  private Escalation store(EscalationRequest request, EscalationSource source, String actor,
      Collection<String> actorGroups) {
    Inputs inputs = new Inputs().addAll(validator.validate(request), field -> field);
    Optional<OrgUnit> unit = reportingUnit(request.reportingUnit(), actorGroups);
    inputs.require(unit.isPresent(), "reportingUnit", "无法确定上报单位，请选择本单位",
        "the reporting unit is unknown or not yours; choose your unit");
    inputs.throwIfAny();
    Escalation escalation = newEscalation(source, unit.get().getCode(), actor);
    escalation.setTitle(request.title().trim());
    escalation.setDescription(request.description().trim());
    escalation.setCategory(request.category());
    List<Department> suggested = request.suggestedDepartments() == null ? List.of() : request.suggestedDepartments();
    escalation.setSuggestedDepartments(suggested.isEmpty() ? null
        : suggested.stream().distinct().map(Department::name).collect(Collectors.joining(",")));
    escalations.insert(escalation);
    workflow.event(escalation.getId(), EscalationStep.REPORTED, source.name(), escalation.getTitle(), actor);
    return escalation;
  }

  /**
   * The unit named (its code or district code) if the reporter belongs to it, else the reporter's only
   * reporting unit. Without the reporter's groups (the system) the unit named is taken as given.
   */
  Optional<OrgUnit> reportingUnit(String named, Collection<String> actorGroups) {
    if (named != null && !named.isBlank()) {
      String code = named.trim();
      Optional<OrgUnit> unit = organization.unit(code).or(() -> organization.districtByCode(code))
          .filter(OrgUnit::isActive).filter(u -> REPORTING_KINDS.contains(u.getKind()));
      return unit.filter(u -> actorGroups == null || belongs(u, actorGroups));
    }
    if (actorGroups == null) {
      return Optional.empty();
    }
    List<OrgUnit> mine = organization.activeUnits().stream().filter(u -> REPORTING_KINDS.contains(u.getKind()))
        .filter(u -> belongs(u, actorGroups)).toList();
    return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
  }

  /** Officers and heads of the unit. */
  private static boolean belongs(OrgUnit unit, Collection<String> groups) {
    return groups.contains(unit.getCode()) || unit.getHeadGroup() != null && groups.contains(unit.getHeadGroup());
  }

  private Escalation newEscalation(EscalationSource source, String unit, String actor) {
    LocalDateTime now = LocalDateTime.now(clock);
    Escalation escalation = new Escalation();
    escalation.setEscalationNo(numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate()));
    escalation.setSource(source);
    escalation.setReportingUnit(unit);
    escalation.setStatus(EscalationStatus.TRIAGE);
    escalation.setReportedBy(actor);
    escalation.setReportedAt(now);
    return escalation;
  }

  private Map<String, Object> startVariables(Escalation escalation) {
    OrgUnit unit = organization.unit(escalation.getReportingUnit()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.ESCALATION_ID.name(), escalation.getId());
    variables.put(Var.ESCALATION_NO.name(), escalation.getEscalationNo());
    variables.put(Var.LIST_NUMBER.name(), escalation.getEscalationNo());
    variables.put(Var.REPORTING_UNIT.name(), unit.getCode());
    variables.put(Var.HANDLING_UNIT_NAME.name(), unit.getName());
    variables.put(Var.CATEGORY_LABEL.name(), escalation.getCategory() == null ? null : escalation.getCategory().label());
    variables.put(Var.REPORTED_AT.name(), Times.toDate(escalation.getReportedAt()));
    variables.put(Var.SUMMARY.name(), summary(escalation, unit));
    return variables;
  }

  private static String summary(Escalation escalation, OrgUnit unit) {
    String suggested = escalation.getSuggestedDepartments() == null ? ""
        : "\n建议协调部门：" + List.of(escalation.getSuggestedDepartments().split(",")).stream()
            .map(d -> Department.valueOf(d).label()).collect(Collectors.joining("、"));
    return "【" + unit.getName() + (escalation.getCategory() == null ? "" : "·" + escalation.getCategory().label())
        + "】" + escalation.getTitle() + "\n" + escalation.getDescription() + suggested;
  }
}
