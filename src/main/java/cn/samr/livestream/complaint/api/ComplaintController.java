package cn.samr.livestream.complaint.api;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.complaint.Complainant;
import cn.samr.livestream.complaint.Complaint;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintMapper;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.complaint.ComplaintTimeline;
import cn.samr.livestream.complaint.DuplicateComplaintException;
import cn.samr.livestream.complaint.MediationExcludedPeriod;
import cn.samr.livestream.complaint.MediationPeriodService;
import cn.samr.livestream.complaint.ReferralService;
import cn.samr.livestream.complaint.RegisteredComplaint;
import cn.samr.livestream.complaint.RegisteringUnit;
import cn.samr.livestream.complaint.RemedyMapper;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.security.PersonalDataAccess;
import cn.samr.livestream.security.PersonalDataAccessLog;
import cn.samr.livestream.security.PersonalDataMask;
import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaint intake and lookup: POST /api/complaints, GET /api/complaints/{complaintNo}, its timeline
 * GET /api/complaints/{complaintNo}/timeline and who saw the complainant's data,
 * GET /api/complaints/{complaintNo}/access-log.
 */
@RestController
@RequestMapping("/api/complaints")
public class ComplaintController {

  private final ComplaintIntakeService intake;
  private final ComplaintMapper complaints;
  private final RemedyMapper remedies;
  private final ReferralService referrals;
  private final ReadPolicy readPolicy;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;
  private final ComplaintTimeline timelines;
  private final PersonalDataAccessLog accessLog;
  private final RegisteringUnit registeringUnit;
  private final MediationPeriodService mediationPeriods;

  public ComplaintController(ComplaintIntakeService intake, ComplaintMapper complaints, RemedyMapper remedies,
      ReferralService referrals, ReadPolicy readPolicy, CurrentUser currentUser,
      AuthorizationService authorizationService, ComplaintTimeline timelines, PersonalDataAccessLog accessLog,
      RegisteringUnit registeringUnit, MediationPeriodService mediationPeriods) {
    this.mediationPeriods = mediationPeriods;
    this.registeringUnit = registeringUnit;
    this.authorizationService = authorizationService;
    this.timelines = timelines;
    this.accessLog = accessLog;
    this.intake = intake;
    this.complaints = complaints;
    this.remedies = remedies;
    this.referrals = referrals;
    this.readPolicy = readPolicy;
    this.currentUser = currentUser;
  }

  /**
   * Registers a complaint. Starting its process needs the engine's CREATE_INSTANCE permission on
   * complaint-handling, so only intake units can; a refusal rolls everything back (403).
   */
  @PostMapping
  public ResponseEntity<RegisteredComplaint> register(@RequestBody ComplaintRequest request) {
    // asked first, so that one who may not register complaints learns nothing of existing ones
    if (!authorizationService.isUserAuthorized(currentUser.userId(), currentUser.groupIds(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, ComplaintProcess.PROCESS_KEY)) {
      throw new AuthorizationException(currentUser.userId(), ProcessDefinitionPermissions.CREATE_INSTANCE.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), ComplaintProcess.PROCESS_KEY);
    }
    RegisteredComplaint registered = intake.register(request, currentUser.userId());
    return ResponseEntity.created(URI.create("/api/complaints/" + registered.complaintNo())).body(registered);
  }

  /**
   * The complaint with every step taken on it. The complainant's name and phone are shown to the
   * handling unit's officers (and that is recorded in the access log); everyone else gets them masked,
   * with phone and ID numbers in the description masked too.
   */
  @GetMapping("/{complaintNo}")
  public ComplaintView show(@PathVariable String complaintNo) {
    Complaint complaint = readable(complaintNo);
    long id = complaint.getId();
    ComplaintView.ComplainantView complainant = complainant(complaint);
    if (complainant.masked()) {
      complaint.setDescription(PersonalDataMask.inText(complaint.getDescription()));
    }
    return new ComplaintView(complaint, complainant, complaints.findSubjects(id),
        complaints.findFinding(id).orElse(null), remedies.findByComplaint(id), referrals.ofComplaint(id),
        ComplaintView.Event.of(complaints.findEvents(id)));
  }

  /** Who decided what, when: the complaint's steps and its processes' history, oldest first; no personal data. */
  @GetMapping("/{complaintNo}/timeline")
  public Timeline timeline(@PathVariable String complaintNo) {
    return timelines.of(readable(complaintNo));
  }

  /**
   * Who was shown this complaint's personal data, when and where: for the handling unit's heads and the
   * supervisors. Others who may read the complaint get 403; who may not read it, 404.
   */
  @GetMapping("/{complaintNo}/access-log")
  public List<PersonalDataAccess> accessLog(@PathVariable String complaintNo) {
    Complaint complaint = readable(complaintNo);
    if (!readPolicy.headsUnit(complaint.getHandlingUnit())
        && !readPolicy.mayReadCity(CityReaders.PERSONAL_DATA_ACCESS_LOG)) {
      throw new AuthorizationException(currentUser.userId(), "READ", "PersonalDataAccessLog", complaintNo);
    }
    return accessLog.of(PersonalDataAccess.RecordKind.COMPLAINT, complaintNo);
  }

  /** A testing, inspection or appraisal period during mediation (start and end day included; dates as 2027-01-20). */
  public record ExcludedPeriodRequest(String startDate, String endDate, String note) {
  }

  public record ExcludedPeriodView(MediationExcludedPeriod period, String mediationDeadline,
      String previousMediationDeadline) {
  }

  /**
   * Records a period not counted in the 45 working days of mediation (投诉举报处理暂行办法 Art.20, Art.21(五)) and moves
   * the mediation limit by its working days. For the handling unit's officers, who do the complaint's other
   * work (its tasks are theirs): others who may read the complaint get 403; who may not read it, 404.
   */
  @PostMapping("/{complaintNo}/excluded-periods")
  public ResponseEntity<ExcludedPeriodView> excludePeriod(@PathVariable String complaintNo,
      @RequestBody ExcludedPeriodRequest request) {
    Complaint complaint = readable(complaintNo);
    if (!worksOn(complaint)) {
      throw new AuthorizationException(currentUser.userId(), "UPDATE", "Complaint", complaintNo);
    }
    MediationPeriodService.Recorded recorded = mediationPeriods.exclude(complaint.getId(), request.startDate(),
        request.endDate(), request.note(), currentUser.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(new ExcludedPeriodView(recorded.period(),
        Times.toLocal(recorded.newDeadline()).toString(), Times.toLocal(recorded.oldDeadline()).toString()));
  }

  /** The periods excluded from the complaint's mediation limit, for whoever may read the complaint. */
  @GetMapping("/{complaintNo}/excluded-periods")
  public List<MediationExcludedPeriod> excludedPeriods(@PathVariable String complaintNo) {
    return mediationPeriods.periods(readable(complaintNo).getId());
  }

  /** The complaint if the caller may read it; otherwise 404, whether it exists or not. */
  private Complaint readable(String complaintNo) {
    return complaints.findByNo(complaintNo).filter(this::mayRead)
        .orElseThrow(() -> new NotFoundException("投诉不存在或无权查看：" + complaintNo,
            "no such complaint, or not yours to read: " + complaintNo));
  }

  /**
   * 409 for a repeated external number. Who may read the existing complaint (as GET would show it) gets its
   * number and process; anyone else learns only that it is registered, and by which unit.
   */
  @ExceptionHandler(DuplicateComplaintException.class)
  ResponseEntity<Map<String, Object>> duplicate(DuplicateComplaintException e) {
    Complaint existing = e.existing();
    Optional<String> unit = registeringUnit.of(existing.getRegisteredBy()).map(OrgUnit::getName);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "DUPLICATE");
    if (mayRead(existing)) {
      body.put("message", ApiError.of("DUPLICATE", "该外部编号的投诉已登记为" + existing.getComplaintNo(),
          "a complaint with this external number is registered as " + existing.getComplaintNo()).message());
      body.put("complaintId", existing.getId());
      body.put("complaintNo", existing.getComplaintNo());
      body.put("processInstanceId", String.valueOf(existing.getProcessInstanceId()));
    } else {
      body.put("message", unit.map(name -> ApiError.of("DUPLICATE", "该外部编号的投诉已由" + name + "登记",
              "a complaint with this external number is already registered by " + name))
          .orElseGet(() -> ApiError.of("DUPLICATE", "该外部编号的投诉已登记",
              "a complaint with this external number is already registered")).message());
    }
    unit.ifPresent(name -> body.put("registeredBy", name));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }

  private boolean mayRead(Complaint complaint) {
    return readPolicy.mayRead(CityReaders.COMPLAINTS, complaint.getHandlingUnit());
  }

  private boolean worksOn(Complaint complaint) {
    return readPolicy.worksIn(complaint.getHandlingUnit());
  }

  private ComplaintView.ComplainantView complainant(Complaint complaint) {
    Complainant person = complaints.findComplainant(complaint.getId()).orElseThrow();
    if (worksOn(complaint)) {
      accessLog.shown(currentUser.userId(), PersonalDataAccess.RecordKind.COMPLAINT, complaint.getComplaintNo(),
          PersonalDataAccess.Shown.COMPLAINANT, PersonalDataAccess.Channel.API);
      return new ComplaintView.ComplainantView(person.getName(), person.getPhone(), person.isConfidential(), false);
    }
    return new ComplaintView.ComplainantView(PersonalDataMask.name(person.getName()),
        PersonalDataMask.phone(person.getPhone()), person.isConfidential(), true);
  }
}
