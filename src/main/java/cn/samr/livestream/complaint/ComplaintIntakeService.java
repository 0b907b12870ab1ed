package cn.samr.livestream.complaint;

import cn.samr.livestream.complaint.ComplaintProcess.Var;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.security.PersonalDataMask;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.SubjectFactsChanged;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers complaints (投诉登记): validates, stores the record, its complainant and subjects, and starts
 * complaint-handling with the complaint number as business key, all in one transaction.
 */
@Service
public class ComplaintIntakeService {

  static final String NUMBER_PREFIX = "TS";

  private final ComplaintMapper complaints;
  private final ComplaintRecords records;
  private final SubjectRegistry subjects;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final RuntimeService runtimeService;
  private final Validator validator;
  private final Clock clock;

  private final ApplicationEventPublisher events;

  ComplaintIntakeService(ComplaintMapper complaints, ComplaintRecords records, SubjectRegistry subjects, DocumentNumbers numbers,
      OrganizationService organization, RuntimeService runtimeService, Validator validator, Clock clock,
      ApplicationEventPublisher events) {
    this.complaints = complaints;
    this.events = events;
    this.records = records;
    this.subjects = subjects;
    this.numbers = numbers;
    this.organization = organization;
    this.runtimeService = runtimeService;
    this.validator = validator;
    this.clock = clock;
  }

  /** Registers a complaint and starts its process; throws on invalid input or a repeated external number. */
  @Transactional
  public RegisteredComplaint register(ComplaintRequest request, String actor) {
    Complaint complaint = store(request, actor);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(ComplaintProcess.PROCESS_KEY)
        .businessKey(complaint.getComplaintNo())
        .setVariables(startVariables(complaint))
        .execute();
    complaint.setProcessInstanceId(instance.getId());
    // the row as the process's first steps left it (routing, the acceptance deadline): written once, at the commit
    Complaint routed = records.complaint(complaint.getId()).orElseThrow();
    routed.setProcessInstanceId(instance.getId());
    records.changed(routed);
    return new RegisteredComplaint(complaint.getId(), complaint.getComplaintNo(), instance.getId());
  }

  /**
   * Registers a complaint submitted through the Tasklist start form, inside the starting process
   * instance: the record is stored, the business key set, and the raw form fields replaced by the few
   * variables the process needs.
   */
  @Transactional
  public RegisteredComplaint registerFromStartForm(ComplaintRequest request, String actor, DelegateExecution execution) {
    Complaint complaint = store(request, actor);
    execution.setProcessBusinessKey(complaint.getComplaintNo());
    execution.setVariables(startVariables(complaint));
    // as register(): the row this transaction's next steps (routing, the acceptance deadline) change, written once
    Complaint stored = records.complaint(complaint.getId()).orElseThrow();
    stored.setProcessInstanceId(execution.getProcessInstanceId());
    records.changed(stored);
    return new RegisteredComplaint(complaint.getId(), complaint.getComplaintNo(), execution.getProcessInstanceId());
  }

  public Optional<Complaint> findByExternalNo(ComplaintSource source, String externalNo) {
    return complaints.findByExternalNo(source, externalNo);
  }

  private Complaint store(ComplaintRequest request, String actor) {
    validate(request);
    if (request.externalNo() != null && !request.externalNo().isBlank()) {
      complaints.findByExternalNo(request.source(), request.externalNo().trim()).ifPresent(existing -> {
        throw new DuplicateComplaintException(existing);
      });
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Complaint complaint = new Complaint();
    complaint.setComplaintNo(numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate()));
    complaint.setSource(request.source());
    complaint.setExternalNo(blankToNull(request.externalNo()));
    complaint.setReceivedAt(request.receivedAt());
    complaint.setReportedDistrict(blankToNull(request.district()));
    complaint.setProduct(request.product().trim());
    complaint.setOrderNo(blankToNull(request.orderNo()));
    complaint.setAmountPaid(request.amountPaid());
    complaint.setClaims(request.claims().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    complaint.setDescription(request.description().trim());
    complaint.setLifeHealthRisk(request.lifeHealthRisk());
    complaint.setStatus(ComplaintStatus.AWAITING_ACCEPTANCE);
    complaint.setRegisteredBy(actor);
    complaint.setCreatedAt(now);
    insert(complaint);

    Complainant complainant = new Complainant();
    complainant.setComplaintId(complaint.getId());
    complainant.setName(request.complainant().name().trim());
    complainant.setPhone(request.complainant().phone().trim());
    complainant.setConfidential(request.complainant().confidential());
    complaints.insertComplainant(complainant);

    List<ComplaintSubject> named = storeSubjects(complaint.getId(), request.subjects());
    records.subjectsStored(complaint.getId(), named);
    events.publishEvent(new SubjectFactsChanged(named.stream().map(n -> n.getSubject().getId())
        .collect(Collectors.toSet())));
    return complaint;
  }

  /**
   * Stores the record. A copy sent at the same moment (the same source and external number) may have passed
   * the look-up in {@link #store} too; the unique key decides. The insert waits for the copy's transaction
   * and fails only once that has committed, so the copy is then read (READ COMMITTED) like any registered
   * complaint and this transaction, its number included, is rolled back: 409, not 500.
   */
  private void insert(Complaint complaint) {
    try {
      complaints.insert(complaint);
    } catch (DuplicateKeyException e) {
      throw Optional.ofNullable(complaint.getExternalNo())
          .flatMap(externalNo -> complaints.findByExternalNo(complaint.getSource(), externalNo))
          .<RuntimeException>map(DuplicateComplaintException::new).orElse(e);
    }
  }

  private List<ComplaintSubject> storeSubjects(long complaintId, ComplaintRequest.Subjects named) {
    List<ComplaintSubject> stored = new ArrayList<>();
    if (named.platform() != null) {
      ComplaintRequest.Organisation p = named.platform();
      SupervisedSubject s = subjects.resolve(SubjectType.PLATFORM, p.name().trim(), blankToNull(p.creditCode()), null,
          null, blankToNull(p.district()));
      complaints.insertSubject(complaintId, PartyRole.PLATFORM, s.getId());
      stored.add(named(PartyRole.PLATFORM, s));
    }
    if (named.liveRoom() != null) {
      ComplaintRequest.LiveRoom r = named.liveRoom();
      String platformName = blankToNull(r.platformName()) != null ? r.platformName().trim()
          : named.platform() != null ? named.platform().name().trim() : null;
      SupervisedSubject s = subjects.resolve(SubjectType.STREAMER, blankToNull(r.name()), null, platformName,
          blankToNull(r.accountId()), null);
      complaints.insertSubject(complaintId, PartyRole.STREAMER, s.getId());
      stored.add(named(PartyRole.STREAMER, s));
    }
    if (named.merchant() != null) {
      ComplaintRequest.Organisation m = named.merchant();
      SupervisedSubject s = subjects.resolve(SubjectType.MERCHANT, m.name().trim(), blankToNull(m.creditCode()), null,
          null, blankToNull(m.district()));
      complaints.insertSubject(complaintId, PartyRole.MERCHANT, s.getId());
      stored.add(named(PartyRole.MERCHANT, s));
    }
    return stored;
  }

  private static ComplaintSubject named(PartyRole role, SupervisedSubject subject) {
    ComplaintSubject named = new ComplaintSubject();
    named.setRole(role);
    named.setSubject(subject);
    return named;
  }

  private Map<String, Object> startVariables(Complaint complaint) {
    Date receivedAt = Times.toDate(complaint.getReceivedAt());
    List<ComplaintSubject> named = records.subjects(complaint.getId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.COMPLAINT_ID.name(), complaint.getId());
    variables.put(Var.COMPLAINT_NO.name(), complaint.getComplaintNo());
    variables.put(Var.COMPLAINT_SUMMARY.name(), summary(complaint, named));
    variables.put(Var.SUBJECT_NAME.name(), subjectName(named));
    variables.put(Var.RECEIVED_AT.name(), receivedAt);
    variables.put(Var.ACCEPTANCE_CLOCK_START.name(), receivedAt);
    variables.put(Var.LIFE_HEALTH_RISK.name(), complaint.isLifeHealthRisk());
    return variables;
  }

  /**
   * The task list's 当事人 column: the merchant (商品经营者) the complaint is against, else the live room,
   * else the platform; a complaint names each role at most once.
   */
  static String subjectName(List<ComplaintSubject> named) {
    for (PartyRole role : List.of(PartyRole.MERCHANT, PartyRole.STREAMER, PartyRole.PLATFORM)) {
      for (ComplaintSubject subject : named) {
        if (subject.getRole() == role) {
          return subject.getSubject().getName();
        }
      }
    }
    return null;
  }

  /**
   * What an officer reads first, in Tasklist's lists and Cockpit; no personal data of the complainant (phone
   * and ID numbers written into the description are masked).
   */
  private String summary(Complaint complaint, List<ComplaintSubject> subjects) {
    String named = subjects.stream()
        .sorted(Comparator.comparing(ComplaintSubject::getRole))
        .map(s -> s.getRole().label() + "：" + s.getSubject().getName()
            + (s.getSubject().getAccountId() != null ? "（" + s.getSubject().getAccountId() + "）" : ""))
        .collect(Collectors.joining("；"));
    String claims = List.of(complaint.getClaims().split(",")).stream()
        .map(c -> ClaimType.valueOf(c).label()).collect(Collectors.joining("、"));
    return named + "\n商品或服务：" + complaint.getProduct()
        + (complaint.getAmountPaid() != null ? "，实付" + complaint.getAmountPaid().toPlainString() + "元" : "")
        + "\n投诉请求：" + claims
        + (complaint.isLifeHealthRisk() ? "\n【涉及生命健康安全】" : "")
        + "\n" + PersonalDataMask.inText(complaint.getDescription());
  }

  private void validate(ComplaintRequest request) {
    Inputs inputs = new Inputs();
    // class-level checks of nested records report their getter name; the record itself is the field
    inputs.addAll(validator.validate(request), field -> field.replaceAll("\\.(anyNamed|identified)$", ""));
    inputs.throwIfAny();
    inputs.requireReceivedAt(request.receivedAt(), "receivedAt", clock);
    checkDistrict(inputs, "district", request.district());
    if (request.subjects().platform() != null) {
      checkDistrict(inputs, "subjects.platform.district", request.subjects().platform().district());
    }
    if (request.subjects().merchant() != null) {
      checkDistrict(inputs, "subjects.merchant.district", request.subjects().merchant().district());
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
