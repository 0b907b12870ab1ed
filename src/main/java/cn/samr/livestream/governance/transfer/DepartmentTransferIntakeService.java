package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.casefile.CaseFilingService;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.subject.SubjectRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests a transfer to another department (部门移送申请): what a request must contain and who may send it, by the
 * API or the Tasklist start form; stores the transfer with its subjects and starts (or fills) its process.
 */
@Service
@Transactional
public class DepartmentTransferIntakeService {

  static final String NUMBER_PREFIX = "BM";
  /** Units that transfer matters: the working units and the coordination group. */
  static final Set<UnitKind> SENDING_KINDS = EnumSet.of(UnitKind.DISTRICT, UnitKind.COMPLAINT_CENTRE,
      UnitKind.ENFORCEMENT_CORPS, UnitKind.COORDINATION);

  private final DepartmentTransferMapper transfers;
  private final DepartmentTransferService service;
  private final DepartmentTransferSettings settings;
  private final ClueService clues;
  private final CaseFilingService cases;
  private final SubjectRegistry subjects;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final Validator validator;

  public DepartmentTransferIntakeService(DepartmentTransferMapper transfers, DepartmentTransferService service,
      DepartmentTransferSettings settings, ClueService clues, CaseFilingService cases, SubjectRegistry subjects,
      DocumentNumbers numbers, OrganizationService organization, RuntimeService runtimeService, Clock clock,
      Validator validator) {
    this.transfers = transfers;
    this.service = service;
    this.settings = settings;
    this.clues = clues;
    this.cases = cases;
    this.subjects = subjects;
    this.numbers = numbers;
    this.organization = organization;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.validator = validator;
  }

  public record Requested(long transferId, String transferNo, String processInstanceId) {
  }

  /** POST /api/department-transfers: stores the request and starts the process with the number as business key. */
  public Requested request(DepartmentTransferRequest request, String actor, Collection<String> actorGroups) {
    DepartmentTransfer transfer = store(request, "API", actor, actorGroups);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(DepartmentTransferProcess.PROCESS_KEY)
        .businessKey(transfer.getTransferNo())
        .setVariables(startVariables(transfer))
        .execute();
    transfer.setProcessInstanceId(instance.getId());
    transfers.update(transfer);
    return new Requested(transfer.getId(), transfer.getTransferNo(), instance.getId());
  }

  /** The Tasklist start form's fields, stored inside the starting instance. */
  public Requested requestInProcess(DepartmentTransferRequest request, String actor, Collection<String> actorGroups,
      DelegateExecution execution) {
    DepartmentTransfer transfer = store(request, "TASKLIST", actor, actorGroups);
    execution.setProcessBusinessKey(transfer.getTransferNo());
    execution.setVariables(startVariables(transfer));
    transfer.setProcessInstanceId(execution.getProcessInstanceId());
    transfers.update(transfer);
    return new Requested(transfer.getId(), transfer.getTransferNo(), execution.getProcessInstanceId());
  }

  private DepartmentTransfer store(DepartmentTransferRequest request, String channel, String actor,
      Collection<String> actorGroups) {
    Inputs inputs = new Inputs().addAll(validator.validate(request), field -> field);
    Optional<OrgUnit> unit = senderUnit(request.senderUnit(), actorGroups);
    inputs.require(unit.isPresent(), "senderUnit", "无法确定移送单位，请选择本单位",
        "the sending unit is unknown or not yours; choose your unit");
    Department department = request.department();
    inputs.require(department != Department.MARKET_REGULATION_ELSEWHERE || notBlank(request.recipientName()),
        "recipientName", "移送外地市场监管部门须填写接收机关名称", "name the market regulator elsewhere");
    inputs.require(department != Department.PUBLIC_SECURITY || Boolean.TRUE.equals(request.notCriminal()),
        "notCriminal", "移送公安机关的非刑事事项须确认「不涉嫌犯罪」；涉嫌犯罪的请走涉嫌犯罪移送",
        "confirm the matter is not suspected of a crime; suspected crimes go by criminal transfer");
    Long clueId = null;
    Long caseId = null;
    if (unit.isPresent() && notBlank(request.clueNo())) {
      Optional<Clue> clue = clues.byNo(request.clueNo().trim())
          .filter(c -> unit.get().getCode().equals(c.getHandlingUnit()));
      inputs.require(clue.isPresent(), "clueNo", "线索不存在或不由本单位承办", "no such clue handled by your unit");
      clueId = clue.map(Clue::getId).orElse(null);
    }
    if (unit.isPresent() && notBlank(request.caseNo())) {
      Optional<CaseFile> caseFile = cases.byNo(request.caseNo().trim())
          .filter(c -> unit.get().getCode().equals(c.getUnit()));
      inputs.require(caseFile.isPresent(), "caseNo", "案件不存在或不由本单位承办", "no such case handled by your unit");
      caseId = caseFile.map(CaseFile::getId).orElse(null);
    }
    List<Long> subjectIds = new ArrayList<>();
    List<Long> named = request.subjectIds() == null ? List.of() : request.subjectIds();
    for (int i = 0; i < named.size(); i++) {
      Long id = named.get(i);
      Optional<Long> survivor = id == null ? Optional.empty()
          : subjects.byId(id).map(s -> s.getId());
      inputs.require(id == null || survivor.isPresent(), "subjectIds[" + i + "]", "名录中没有该主体：" + id,
          "no such subject in the register: " + id);
      survivor.ifPresent(subjectIds::add);
    }
    inputs.throwIfAny();

    LocalDateTime now = LocalDateTime.now(clock);
    DepartmentTransfer transfer = new DepartmentTransfer();
    transfer.setTransferNo(numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate()));
    transfer.setDepartment(department);
    transfer.setRecipientName(trim(request.recipientName()));
    transfer.setClueId(clueId);
    transfer.setCaseId(caseId);
    transfer.setSenderUnit(unit.get().getCode());
    transfer.setStatus(DepartmentTransferStatus.AWAITING_APPROVAL);
    transfer.setReason(request.reason());
    transfer.setFacts(request.facts().trim());
    transfer.setMaterials(trim(request.materials()));
    transfer.setBasis(trim(request.basis()));
    transfer.setFeedbackWorkingDays(request.feedbackWorkingDays() == null ? settings.feedbackWorkingDays()
        : request.feedbackWorkingDays());
    transfer.setNotCriminal(Boolean.TRUE.equals(request.notCriminal()));
    transfer.setViaCoordination(settings.viaCoordination() && unit.get().getKind() != UnitKind.COORDINATION);
    transfer.setRequestedBy(actor);
    transfer.setRequestedAt(now);
    transfers.insert(transfer);
    for (Long subjectId : new LinkedHashSet<>(subjectIds)) {
      transfers.insertSubject(transfer.getId(), subjectId);
    }
    service.event(transfer.getId(), DepartmentTransferStep.REQUESTED, channel,
        "拟移送" + DepartmentTransferService.recipient(transfer) + "：" + transfer.getReason().label(), actor);
    return transfer;
  }

  /**
   * The unit named (its code or district code) if the requester belongs to it, else the requester's only sending
   * unit. Without the requester's groups (the system) the unit named is taken as given.
   */
  Optional<OrgUnit> senderUnit(String named, Collection<String> actorGroups) {
    if (notBlank(named)) {
      String code = named.trim();
      return organization.unit(code).or(() -> organization.districtByCode(code))
          .filter(OrgUnit::isActive).filter(u -> SENDING_KINDS.contains(u.getKind()))
          .filter(u -> actorGroups == null || belongs(u, actorGroups));
    }
    if (actorGroups == null) {
      return Optional.empty();
    }
    List<OrgUnit> mine = organization.activeUnits().stream().filter(u -> SENDING_KINDS.contains(u.getKind()))
        .filter(u -> belongs(u, actorGroups)).toList();
    return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
  }

  private static boolean belongs(OrgUnit unit, Collection<String> groups) {
    return groups.contains(unit.getCode()) || unit.getHeadGroup() != null && groups.contains(unit.getHeadGroup());
  }

  private Map<String, Object> startVariables(DepartmentTransfer transfer) {
    OrgUnit unit = organization.unit(transfer.getSenderUnit()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.TRANSFER_ID.name(), transfer.getId());
    variables.put(Var.TRANSFER_NO.name(), transfer.getTransferNo());
    variables.put(Var.LIST_NUMBER.name(), transfer.getTransferNo());
    variables.put(Var.SUBJECT_NAME.name(), subjectColumn(transfer.getId()));
    variables.put(Var.HANDLING_UNIT_NAME.name(), unit.getName());
    variables.put(Var.SENDER_UNIT.name(), unit.getCode());
    variables.put(Var.UNIT_HEAD.name(), organization.headGroupOf(unit.getCode()));
    variables.put(Var.VIA_COORDINATION.name(), transfer.isViaCoordination());
    variables.put(Var.DEPARTMENT_NAME.name(), DepartmentTransferService.recipient(transfer));
    variables.put(Var.SUMMARY.name(), "【" + unit.getName() + "】拟移送" + DepartmentTransferService.recipient(transfer)
        + "（" + transfer.getReason().label() + "），反馈期限" + transfer.getFeedbackWorkingDays() + "个工作日");
    return variables;
  }

  /** The task list's subject column: the first subject's name, 「等N家」 when there are more; null for none. */
  private String subjectColumn(long transferId) {
    List<Long> ids = transfers.findSubjectIds(transferId);
    if (ids.isEmpty()) {
      return null;
    }
    String first = subjects.nameOf(ids.get(0)).orElse(null);
    return first == null || ids.size() == 1 ? first : first + "等" + ids.size() + "家";
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  private static String trim(String text) {
    return notBlank(text) ? text.trim() : null;
  }
}
