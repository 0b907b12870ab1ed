package cn.samr.livestream.governance.credit;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.casefile.CaseFilingService;
import cn.samr.livestream.governance.credit.CreditListingProcess.Var;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.PlainText;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SupervisedSubject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes a listing (拟列入): by a head through the API or the Tasklist start form, or by a case's penalty
 * decision (message Msg_CreditListingProposed). Checks what the rules ask of the proposal, stores it with the
 * periods of its kind (they stay with the row) and starts or fills credit-listing.
 */
@Service
@Transactional
public class CreditListingIntakeService {

  static final String NUMBER_PREFIX = "XY";
  /** Units whose heads list: the district bureaus, the complaint centre, the enforcement corps. */
  static final Set<UnitKind> LISTING_KINDS = EnumSet.of(UnitKind.DISTRICT, UnitKind.COMPLAINT_CENTRE,
      UnitKind.ENFORCEMENT_CORPS);

  private final CreditListingMapper listings;
  private final CreditListingService service;
  private final CreditSettings settings;
  private final CaseFilingService cases;
  private final SubjectRegistry subjects;
  private final OrganizationService organization;
  private final DocumentNumbers numbers;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public CreditListingIntakeService(CreditListingMapper listings, CreditListingService service,
      CreditSettings settings, CaseFilingService cases, SubjectRegistry subjects, OrganizationService organization,
      DocumentNumbers numbers, RuntimeService runtimeService, Clock clock) {
    this.listings = listings;
    this.service = service;
    this.settings = settings;
    this.cases = cases;
    this.subjects = subjects;
    this.organization = organization;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  public record Proposed(long listingId, String listingNo, String processInstanceId) {
  }

  /** POST /api/credit-listings: stores the proposal and starts the process with the number as business key. */
  public Proposed propose(ListingRequest request, String actor, Collection<String> actorGroups) {
    CreditListing listing = store(request, actor, actorGroups);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(CreditListingProcess.PROCESS_KEY)
        .businessKey(listing.getListingNo()).setVariables(startVariables(listing)).execute();
    listing.setProcessInstanceId(instance.getId());
    listings.update(listing);
    return new Proposed(listing.getId(), listing.getListingNo(), instance.getId());
  }

  /** The Tasklist start form's fields, stored inside the starting instance. */
  public Proposed proposeInProcess(ListingRequest request, String actor, Collection<String> actorGroups,
      DelegateExecution execution) {
    CreditListing listing = store(request, actor, actorGroups);
    execution.setProcessBusinessKey(listing.getListingNo());
    return startedHere(listing, execution);
  }

  /**
   * A case's penalty decision included the serious list (处罚决定一并决定列入): the case's notice and hearing covered
   * the listing, so the listing goes to approval without a notice of its own.
   */
  /**
   * The day an abnormal ground was found lies at most this many years back: the listing is due ten working days
   * after it, and an older finding is a typing error (as a complaint received more than three years ago).
   */
  static final int FOUND_ON_MAX_YEARS = 3;

  public Proposed proposeFromCase(long caseId, DelegateExecution execution) {
    return proposeFromCase(caseId, ListingKind.SERIOUS_ILLEGAL, null, execution);
  }

  /**
   * A case's penalty decision proposed the listing (决定表单「提请列入信用名单」): SERIOUS_ILLEGAL as above; ABNORMAL with
   * its ground, found on the decision's day, listed by the case's unit (which must be the district where the party is
   * registered, as for any abnormal listing). The reason names the decision's document number.
   */
  public Proposed proposeFromCase(long caseId, ListingKind kind, ListingGround ground, DelegateExecution execution) {
    CaseFile caseFile = cases.caseFile(caseId);
    ListingRequest request = kind == ListingKind.ABNORMAL
        ? new ListingRequest(ListingKind.ABNORMAL, caseFile.getSubjectId(), caseFile.getCaseNo(), ground,
            "行政处罚决定" + caseFile.getDecisionNo() + "认定" + (ground == null ? "" : ground.label())
                + "，提请列入经营异常名录", caseFile.getDecidedAt() == null ? null : caseFile.getDecidedAt().toLocalDate(),
            caseFile.getUnit())
        : new ListingRequest(ListingKind.SERIOUS_ILLEGAL, caseFile.getSubjectId(),
            caseFile.getCaseNo(), ListingGround.SERIOUS_PENALTY, "行政处罚决定" + caseFile.getDecisionNo()
                + "一并决定列入严重违法失信名单", null, caseFile.getUnit());
    CreditListing listing = store(request, ListingOrigin.CASE, Actors.SYSTEM, null);
    execution.setProcessBusinessKey(listing.getListingNo());
    return startedHere(listing, execution);
  }

  private Proposed startedHere(CreditListing listing, DelegateExecution execution) {
    execution.setVariables(startVariables(listing));
    listing.setProcessInstanceId(execution.getProcessInstanceId());
    listings.update(listing);
    return new Proposed(listing.getId(), listing.getListingNo(), execution.getProcessInstanceId());
  }

  private CreditListing store(ListingRequest request, String actor, Collection<String> actorGroups) {
    return store(request, ListingOrigin.HEAD, actor, actorGroups);
  }

  private CreditListing store(ListingRequest request, ListingOrigin origin, String actor,
      Collection<String> actorGroups) {
    Inputs inputs = new Inputs();
    ListingKind kind = request.kind();
    inputs.require(kind != null, Var.KIND.name(), "请选择名单种类（经营异常名录或严重违法失信名单）",
        "choose the list: ABNORMAL or SERIOUS_ILLEGAL");
    String reason = request.reason() == null ? "" : request.reason().strip();
    inputs.require(!reason.isEmpty() && reason.length() <= CreditListingService.TEXT, Var.REASON.name(),
        "请填写列入事由（不超过2000字）", "give the reason (at most 2000 characters)");
    inputs.require(PlainText.Validator.isPlain(reason, true), Var.REASON.name(), "不能含控制字符",
        "must not contain control characters");
    inputs.require(request.caseNo() == null || request.caseNo().length() <= 64
            && PlainText.Validator.isPlain(request.caseNo(), false), Var.CASE_NO.name(),
        "案件编号不超过64字，不能含换行符或控制字符", "at most 64 characters, no line breaks or control characters");
    inputs.require(request.listingUnit() == null || request.listingUnit().length() <= 64
            && PlainText.Validator.isPlain(request.listingUnit(), false), "listingUnit",
        "单位代码不超过64字，不能含换行符或控制字符", "at most 64 characters, no line breaks or control characters");
    Optional<OrgUnit> unit = listingUnit(request.listingUnit(), actorGroups);
    inputs.require(unit.isPresent(), "listingUnit", "无法确定列入单位：须为本人负责的区局、投诉举报中心或执法总队",
        "the listing unit is unknown or not one you head");
    if (kind == null || unit.isEmpty()) {
      inputs.throwIfAny();
    }
    SupervisedSubject subject = kind == ListingKind.SERIOUS_ILLEGAL ? seriousSubject(request, unit.get(), inputs)
        : abnormalSubject(request, unit.get(), inputs);
    ListingGround ground = kind == ListingKind.SERIOUS_ILLEGAL
        ? Optional.ofNullable(request.ground()).orElse(ListingGround.SERIOUS_PENALTY) : request.ground();
    inputs.require(ground != null && ground.kind() == kind, Var.GROUND.name(),
        "列入情形与名单种类不符（经营异常名录：FALSE_DISCLOSURE、UNREACHABLE）",
        "the ground does not belong to the list (ABNORMAL: FALSE_DISCLOSURE, UNREACHABLE)");
    if (subject != null) {
      inputs.require(subject.getCreditCode() != null && !subject.getCreditCode().isBlank(), Var.SUBJECT_ID.name(),
          "主体无统一社会信用代码，不能列入（自然人当事人能否列入待核实，见docs/credit.md）",
          "the subject has no unified social credit code and cannot be listed");
    }
    inputs.throwIfAny();
    Optional<CreditListing> open = listings.findOpen(subject.getId(), kind).stream().findFirst();
    if (open.isPresent()) {
      throw new ListingConflict("该主体已有进行中的" + kind.label() + "记录：" + open.get().getListingNo(),
          "the subject already has an open listing of this kind: " + open.get().getListingNo());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    ListingPeriods periods = settings.periodsFor(kind);
    CreditListing listing = new CreditListing();
    listing.setListingNo(numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate()));
    listing.setKind(kind);
    listing.setSubjectId(subject.getId());
    listing.setCaseId(caseId(request));
    listing.setGround(ground);
    listing.setReason(reason);
    listing.setFoundOn(kind == ListingKind.ABNORMAL ? request.foundOn() : null);
    listing.setListingUnit(unit.get().getCode());
    listing.setOrigin(origin);
    listing.setStatus(ListingStatus.PROPOSED);
    listing.setBasisVersion(periods.basisVersion());
    listing.setSettingsJson(service.toJson(periods));
    listing.setProposedBy(actor);
    listing.setProposedAt(now);
    try {
      listings.insert(listing);
    } catch (DuplicateKeyException e) {
      throw new ListingConflict("该主体的" + kind.label() + "记录已由他人同时提出", "the same listing was proposed at the same moment");
    }
    service.event(listing.getId(), ListingStep.PROPOSED, kind.name(), origin == ListingOrigin.CASE
        ? "处罚决定提出：" + reason : reason, actor);
    return listing;
  }

  private Long caseId(ListingRequest request) {
    return request.kind() == ListingKind.SERIOUS_ILLEGAL && request.caseNo() != null
        ? cases.byNo(request.caseNo().trim()).map(CaseFile::getId).orElse(null) : null;
  }

  /** SERIOUS_ILLEGAL: the case of the unit whose penalty decision the listing rests on gives the subject. */
  private SupervisedSubject seriousSubject(ListingRequest request, OrgUnit unit, Inputs inputs) {
    String caseNo = request.caseNo() == null ? "" : request.caseNo().trim();
    Optional<CaseFile> caseFile = caseNo.isEmpty() ? Optional.empty() : cases.byNo(caseNo);
    inputs.require(caseFile.isPresent() && unit.getCode().equals(caseFile.get().getUnit()), Var.CASE_NO.name(),
        "请填写本单位的案件编号", "give a case number of your unit");
    if (caseFile.isEmpty() || !unit.getCode().equals(caseFile.get().getUnit())) {
      inputs.throwIfAny();
    }
    CaseFile found = caseFile.get();
    inputs.require(found.getDecidedAt() != null && found.getDecisionNo() != null, Var.CASE_NO.name(),
        "该案件尚未作出行政处罚决定（严重违法失信名单以较重行政处罚为前提）",
        "the case has no penalty decision yet");
    inputs.require(found.getSubjectId() != null, Var.CASE_NO.name(), "该案件没有登记当事人", "the case names no party");
    inputs.require(request.subjectId() == null || request.subjectId().equals(found.getSubjectId()),
        Var.SUBJECT_ID.name(), "主体与案件当事人不一致", "the subject is not the case's party");
    inputs.throwIfAny();
    return subjects.byId(found.getSubjectId()).orElseThrow();
  }

  /**
   * ABNORMAL: 谁登记、谁管理 — the subject registered in the listing district, with the day the ground was found
   * (not later than today).
   */
  private SupervisedSubject abnormalSubject(ListingRequest request, OrgUnit unit, Inputs inputs) {
    Optional<SupervisedSubject> subject = request.subjectId() == null ? Optional.empty()
        : subjects.byId(request.subjectId());
    inputs.require(subject.isPresent(), Var.SUBJECT_ID.name(), "请选择名录中的主体", "choose a subject of the register");
    inputs.require(unit.getKind() == UnitKind.DISTRICT, "listingUnit", "经营异常名录由主体登记地的区局列入",
        "the district bureau where the subject is registered lists it as abnormal");
    subject.ifPresent(s -> inputs.require(unit.getDistrictCode() != null
            && unit.getDistrictCode().equals(s.getDistrictCode()), Var.SUBJECT_ID.name(),
        "主体不在本辖区登记：请经部门移送告知其登记机关", "the subject is not registered in your district; transfer it"));
    inputs.require(request.foundOn() != null && !request.foundOn().isAfter(LocalDate.now(clock))
            && !request.foundOn().isBefore(LocalDate.now(clock).minusYears(FOUND_ON_MAX_YEARS)),
        Var.FOUND_ON.name(), "请填写查实日（不晚于今天，不早于" + FOUND_ON_MAX_YEARS + "年前）",
        "give the day the ground was found (not after today, at most " + FOUND_ON_MAX_YEARS + " years ago)");
    inputs.throwIfAny();
    return subject.get();
  }

  /**
   * The unit named, if the proposer heads it (or is the system or an administrator); else the only listing unit
   * the proposer heads.
   */
  Optional<OrgUnit> listingUnit(String named, Collection<String> groups) {
    boolean anyUnit = groups == null || groups.contains(CityGroups.ADMINISTRATORS);
    List<OrgUnit> units = organization.activeUnits().stream().filter(u -> LISTING_KINDS.contains(u.getKind()))
        .toList();
    if (named != null && !named.isBlank()) {
      String code = named.trim();
      return units.stream().filter(u -> u.getCode().equals(code) || code.equals(u.getDistrictCode())).findFirst()
          .filter(u -> anyUnit || groups.contains(organization.headGroupOf(u.getCode())));
    }
    if (groups == null) {
      return Optional.empty();
    }
    List<OrgUnit> mine = units.stream().filter(u -> groups.contains(organization.headGroupOf(u.getCode()))).toList();
    return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
  }

  private Map<String, Object> startVariables(CreditListing listing) {
    OrgUnit unit = organization.unit(listing.getListingUnit()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.LISTING_ID.name(), listing.getId());
    variables.put(Var.LISTING_NO.name(), listing.getListingNo());
    variables.put(Var.LIST_NUMBER.name(), listing.getListingNo());
    variables.put(Var.SUBJECT_NAME.name(), subjects.nameOf(listing.getSubjectId()).orElse(null));
    variables.put(Var.HANDLING_UNIT_NAME.name(), unit.getName());
    variables.put(Var.CATEGORY_LABEL.name(), listing.getKind().label());
    variables.put(Var.LISTING_KIND.name(), listing.getKind().name());
    variables.put(Var.LISTING_UNIT.name(), unit.getCode());
    variables.put(Var.LISTING_UNIT_HEAD.name(), organization.headGroupOf(unit.getCode()));
    variables.put(Var.HIGHER_APPROVAL_GROUP.name(), settings.higherApprovalGroup());
    variables.put(Var.SERIOUS_REVIEW_GROUP.name(), settings.seriousReviewGroup());
    return variables;
  }
}
