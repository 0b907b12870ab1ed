package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.complaint.Referral;
import cn.samr.livestream.complaint.ReferralService;
import cn.samr.livestream.complaint.ReferralService.ReferredMatter;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.ClueProcess.Var;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.security.PersonalDataMask;
import cn.samr.livestream.shared.CampaignTagging;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SupervisedSubject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers clues (线索登记) from every source: validates, stores the clue, its subjects (matched in the
 * registry) and a real-name reporter apart, assigns the handling unit, and starts clue-verification
 * with the clue number as business key, in one transaction.
 */
@Service
@Transactional
public class ClueIntakeService {

  static final String NUMBER_PREFIX = "XS";
  /** Without a district a clue goes to the city enforcement corps. */
  static final String FALLBACK_UNIT = CityGroups.ENFORCEMENT_CORPS;

  private final ClueMapper clues;
  private final SubjectRegistry subjects;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final ReferralService referrals;
  private final RuntimeService runtimeService;
  private final Validator validator;
  private final CampaignTagging campaignTagging;
  private final Clock clock;

  public ClueIntakeService(ClueMapper clues, SubjectRegistry subjects, DocumentNumbers numbers,
      OrganizationService organization, ReferralService referrals, RuntimeService runtimeService,
      Validator validator, CampaignTagging campaignTagging, Clock clock) {
    this.clues = clues;
    this.subjects = subjects;
    this.numbers = numbers;
    this.organization = organization;
    this.referrals = referrals;
    this.runtimeService = runtimeService;
    this.validator = validator;
    this.campaignTagging = campaignTagging;
    this.clock = clock;
  }

  public record RegisteredClue(long clueId, String clueNo, String processInstanceId) {
  }

  public RegisteredClue register(ClueRequest request, String actor) {
    Clue clue = store(request, null, null, actor);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(ClueProcess.PROCESS_KEY)
        .businessKey(clue.getClueNo())
        .setVariables(startVariables(clue))
        .execute();
    // the started process has written to the clue already (its deadline): only the instance id is added
    clues.updateProcessInstanceId(clue.getId(), instance.getId());
    return new RegisteredClue(clue.getId(), clue.getClueNo(), instance.getId());
  }

  /** The Tasklist start form's fields, registered inside the starting instance. */
  public RegisteredClue registerInProcess(ClueRequest request, String actor, DelegateExecution execution) {
    return startedHere(store(request, null, null, actor), execution);
  }

  /**
   * A complaint matter referred by message Msg_ClueReceived: the referral's facts become the clue,
   * addressed to the unit the referral names.
   */
  public RegisteredClue registerReferral(long referralId, DelegateExecution execution) {
    ReferredMatter matter = referrals.referredMatter(referralId);
    Referral referral = matter.referral();
    List<ClueRequest.Subject> named = new ArrayList<>();
    for (long id : matter.subjectIds()) {
      SupervisedSubject s = subjects.byId(id).orElseThrow();
      named.add(new ClueRequest.Subject(s.getSubjectType(), s.getName(), s.getCreditCode(), s.getPlatformName(),
          s.getAccountId(), s.getDistrictCode()));
    }
    ClueRequest request = new ClueRequest(ClueSource.COMPLAINT_ESCALATION, referral.getReferralNo(),
        LocalDateTime.now(clock), referral.getCategory(), matter.jurisdiction(), named, referral.getFacts(),
        List.of("投诉 " + matter.complaintNo()), null);
    return startedHere(store(request, referralId, referral.getTargetUnit(), referral.getCreatedBy()), execution);
  }

  private RegisteredClue startedHere(Clue clue, DelegateExecution execution) {
    execution.setProcessBusinessKey(clue.getClueNo());
    execution.setVariables(startVariables(clue));
    clues.updateProcessInstanceId(clue.getId(), execution.getProcessInstanceId());
    return new RegisteredClue(clue.getId(), clue.getClueNo(), execution.getProcessInstanceId());
  }

  private Clue store(ClueRequest request, Long referralId, String unit, String actor) {
    validate(request);
    if (request.externalNo() != null && !request.externalNo().isBlank()) {
      clues.findByExternalNo(request.source(), request.externalNo().trim()).ifPresent(existing -> {
        throw new DuplicateClueException(existing);
      });
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Clue clue = new Clue();
    clue.setClueNo(numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate()));
    clue.setSource(request.source());
    clue.setExternalNo(blankToNull(request.externalNo()));
    clue.setReceivedAt(request.receivedAt());
    clue.setCategory(request.category());
    clue.setDistrictCode(blankToNull(request.district()));
    clue.setFacts(request.facts().trim());
    clue.setEvidence(request.evidence() == null || request.evidence().isEmpty() ? null
        : String.join("\n", request.evidence().stream().map(String::trim).toList()));
    clue.setReferralId(referralId);
    clue.setRealNameReport(request.reporter() != null);
    clue.setHandlingUnit(unit != null ? unit : handlingUnit(request));
    clue.setStatus(ClueStatus.VERIFYING);
    clue.setRegisteredBy(actor);
    clue.setCreatedAt(now);
    List<String> campaignCodes = request.campaignCodes() == null ? List.of() : request.campaignCodes();
    if (!campaignCodes.isEmpty()) {
      campaignTagging.validate("campaignCodes", campaignCodes, CampaignTagging.RecordKind.CLUE, clue.getHandlingUnit(),
          clue.getReceivedAt().toLocalDate());
    }
    insert(clue);
    if (!campaignCodes.isEmpty()) {
      campaignTagging.tagAtIntake(campaignCodes, CampaignTagging.RecordKind.CLUE, clue.getId(), clue.getClueNo(),
          clue.getHandlingUnit(), actor);
    }
    for (ClueRequest.Subject s : request.subjects()) {
      SupervisedSubject subject = subjects.resolve(s.type(), s.name().trim(), blankToNull(s.creditCode()),
          blankToNull(s.platformName()), blankToNull(s.accountId()), blankToNull(s.district()));
      if (!clues.findSubjectIds(clue.getId()).contains(subject.getId())) {
        clues.insertSubject(clue.getId(), subject.getId());
      }
    }
    if (request.reporter() != null) {
      ClueReporter reporter = new ClueReporter();
      reporter.setClueId(clue.getId());
      reporter.setName(request.reporter().name().trim());
      reporter.setPhone(blankToNull(request.reporter().phone()));
      reporter.setIdNumber(blankToNull(request.reporter().idNumber()));
      reporter.setAddress(blankToNull(request.reporter().address()));
      clues.insertReporter(reporter);
    }
    return clue;
  }

  /**
   * Stores the clue. A copy sent at the same moment (the same source and external number) may have passed
   * the look-up in {@link #store} too; the unique key decides. The insert waits for the copy's transaction
   * and fails only once that has committed, so the copy is then read (READ COMMITTED) like any registered
   * clue and this transaction, its number included, is rolled back: 409, not 500.
   */
  private void insert(Clue clue) {
    try {
      clues.insert(clue);
    } catch (DuplicateKeyException e) {
      throw Optional.ofNullable(clue.getExternalNo())
          .flatMap(externalNo -> clues.findByExternalNo(clue.getSource(), externalNo))
          .<RuntimeException>map(DuplicateClueException::new).orElse(e);
    }
  }

  /** The district named, else the first subject's district, else the enforcement corps. */
  private String handlingUnit(ClueRequest request) {
    List<String> districts = new ArrayList<>();
    districts.add(request.district());
    request.subjects().forEach(s -> districts.add(s.district()));
    return districts.stream().filter(d -> d != null && !d.isBlank())
        .map(d -> organization.districtByCode(d.trim())).flatMap(java.util.Optional::stream)
        .map(OrgUnit::getCode).findFirst().orElse(FALLBACK_UNIT);
  }

  private Map<String, Object> startVariables(Clue clue) {
    OrgUnit unit = organization.unit(clue.getHandlingUnit()).orElseThrow();
    List<Long> subjectIds = clues.findSubjectIds(clue.getId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CLUE_ID.name(), clue.getId());
    variables.put(Var.CLUE_NO.name(), clue.getClueNo());
    variables.put(Var.LIST_NUMBER.name(), clue.getClueNo());
    variables.put(Var.CLUE_SUMMARY.name(), summary(clue, subjectIds));
    variables.put(Var.SUBJECT_ID.name(), subjectIds.isEmpty() ? null : subjectIds.get(0));
    variables.put(Var.SUBJECT_NAME.name(), subjectName(subjectIds));
    variables.put(Var.CATEGORY_LABEL.name(), clue.getCategory() == null ? null : clue.getCategory().label());
    variables.put(Var.RECEIVED_AT.name(), Times.toDate(clue.getReceivedAt()));
    variables.put(Var.HANDLING_UNIT.name(), unit.getCode());
    variables.put(Var.HANDLING_UNIT_NAME.name(), unit.getName());
    variables.put(Var.HANDLING_UNIT_HEAD.name(), organization.headGroupOf(unit.getCode()));
    variables.put(Var.REAL_NAME_REPORT.name(), clue.isRealNameReport());
    variables.put(Var.EXTENSION_GRANTED.name(), false);
    return variables;
  }

  /** The task list's 当事人/主体 column: the first subject (the one in subjectId), with 等 when there are more. */
  private String subjectName(List<Long> subjectIds) {
    if (subjectIds.isEmpty()) {
      return null;
    }
    String first = subjects.byId(subjectIds.get(0)).map(SupervisedSubject::getName).orElse(null);
    return first != null && subjectIds.size() > 1 ? first + "等" : first;
  }

  /** What an officer reads first, in Tasklist's lists and Cockpit; never the reporter, phone and ID numbers masked. */
  private String summary(Clue clue, List<Long> subjectIds) {
    String named = subjectIds.stream().map(subjects::byId).flatMap(java.util.Optional::stream)
        .sorted(Comparator.comparing(SupervisedSubject::getSubjectType))
        .map(s -> s.getSubjectType().label() + "：" + s.getName())
        .reduce((a, b) -> a + "；" + b).orElse("");
    return "【" + clue.getSource().label() + "·" + clue.getCategory().label() + "】" + named + "\n" + PersonalDataMask.inText(clue.getFacts());
  }

  private void validate(ClueRequest request) {
    Inputs inputs = new Inputs();
    // the class-level checks are about the reporter and the evidence
    inputs.addAll(validator.validate(request), field -> field.replace("reporterOnlyOnReports", "reporter")
        .replace("evidenceFitting", "evidence"));
    inputs.throwIfAny();
    inputs.requireReceivedAt(request.receivedAt(), "receivedAt", clock);
    checkDistrict(inputs, "district", request.district());
    for (int i = 0; i < request.subjects().size(); i++) {
      checkDistrict(inputs, "subjects[" + i + "].district", request.subjects().get(i).district());
    }
    inputs.throwIfAny();
  }

  private void checkDistrict(Inputs inputs, String field, String districtCode) {
    if (districtCode != null && !districtCode.isBlank()) {
      inputs.require(organization.districtByCode(districtCode.trim()).isPresent(), field,
          "未知的辖区代码：" + districtCode, "unknown district code: " + districtCode);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
