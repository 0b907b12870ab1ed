package cn.samr.livestream.governance.typicalcase.api;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.governance.typicalcase.DuplicateWriteUpException;
import cn.samr.livestream.governance.typicalcase.TypicalCase;
import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService;
import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService.ProposalRequest;
import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService.ProposedWriteUp;
import cn.samr.livestream.governance.typicalcase.TypicalCaseMapper;
import cn.samr.livestream.governance.typicalcase.TypicalCaseMapper.PublicationRow;
import cn.samr.livestream.governance.typicalcase.TypicalCaseProcess;
import cn.samr.livestream.governance.typicalcase.TypicalCaseService;
import cn.samr.livestream.governance.typicalcase.TypicalCaseStatus;
import cn.samr.livestream.governance.typicalcase.TypicalCaseTimeline;
import cn.samr.livestream.governance.typicalcase.WriteUpStateException;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Typical cases inside the bureau (docs/typical-cases.md): propose (POST /api/typical-cases), read, list, timeline and
 * withdraw. Drafting and approval are Tasklist tasks of typical-case. Readers: the proposing unit's officers and
 * heads, the coordination group, the supervisors and the administrators; anyone else gets 404.
 */
@RestController
@RequestMapping("/api/typical-cases")
public class TypicalCaseController {

  private final TypicalCaseIntakeService intake;
  private final TypicalCaseService service;
  private final TypicalCaseMapper writeUps;
  private final TypicalCaseTimeline timelines;
  private final OrganizationService organization;
  private final ReadPolicy readPolicy;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;

  public TypicalCaseController(TypicalCaseIntakeService intake, TypicalCaseService service,
      TypicalCaseMapper writeUps, TypicalCaseTimeline timelines, OrganizationService organization,
      ReadPolicy readPolicy, CurrentUser currentUser, AuthorizationService authorizationService) {
    this.intake = intake;
    this.service = service;
    this.writeUps = writeUps;
    this.timelines = timelines;
    this.organization = organization;
    this.readPolicy = readPolicy;
    this.currentUser = currentUser;
    this.authorizationService = authorizationService;
  }

  public record WithdrawalRequest(String reason) {
  }

  /** Proposes a typical case from a case or criminal transfer of the caller's unit and starts typical-case. */
  @PostMapping
  public ResponseEntity<ProposedWriteUp> propose(@RequestBody ProposalRequest request) {
    if (!authorizationService.isUserAuthorized(currentUser.userId(), currentUser.groupIds(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, TypicalCaseProcess.PROCESS_KEY)) {
      throw new AuthorizationException(currentUser.userId(), ProcessDefinitionPermissions.CREATE_INSTANCE.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), TypicalCaseProcess.PROCESS_KEY);
    }
    ProposedWriteUp proposed = intake.propose(request, currentUser.userId());
    return ResponseEntity.created(URI.create("/api/typical-cases/" + proposed.writeUpNo())).body(proposed);
  }

  /** The write-ups the caller may read, newest first; ?status= one of TypicalCaseStatus. */
  @GetMapping
  public List<TypicalCaseView.Summary> list(@RequestParam(required = false) String status) {
    TypicalCaseStatus wanted = status == null || status.isBlank() ? null
        : Inputs.enumValue(TypicalCaseStatus.class, status.trim(), "status");
    List<String> units = readPolicy.mayReadCity(CityReaders.TYPICAL_CASES) ? null
        : organization.activeUnits().stream().map(OrgUnit::getCode)
            .filter(code -> readPolicy.mayRead(CityReaders.TYPICAL_CASES, code)).toList();
    if (units != null && units.isEmpty()) {
      return List.of();
    }
    return writeUps.search(units, wanted).stream().map(TypicalCaseView.Summary::of).toList();
  }

  @GetMapping("/{writeUpNo}")
  public TypicalCaseView show(@PathVariable String writeUpNo) {
    TypicalCase writeUp = readable(writeUpNo);
    String publicationNo = writeUp.getPublicationId() == null ? null
        : writeUps.findPublication(writeUp.getPublicationId()).map(PublicationRow::getPublicationNo).orElse(null);
    return TypicalCaseView.of(writeUp, service.findings(writeUp), publicationNo);
  }

  @GetMapping("/{writeUpNo}/timeline")
  public Timeline timeline(@PathVariable String writeUpNo) {
    return timelines.of(readable(writeUpNo));
  }

  /** 撤回: the proposing unit's heads or the coordination group's heads; the public page drops it at once. */
  @PostMapping("/{writeUpNo}/withdrawal")
  public TypicalCaseView withdraw(@PathVariable String writeUpNo, @RequestBody WithdrawalRequest request) {
    TypicalCase writeUp = readable(writeUpNo);
    if (!readPolicy.headsUnit(writeUp.getProposerUnit()) && !currentUser.isMemberOf(CityGroups.COORDINATION_HEADS)) {
      throw new AuthorizationException(currentUser.userId(), "WITHDRAW", "TypicalCase", writeUpNo);
    }
    service.withdraw(writeUp, request == null ? null : request.reason(), currentUser.userId());
    return show(writeUpNo);
  }

  private TypicalCase readable(String writeUpNo) {
    return writeUps.findByNo(writeUpNo)
        .filter(w -> readPolicy.mayRead(CityReaders.TYPICAL_CASES, w.getProposerUnit()))
        .orElseThrow(() -> new NotFoundException("典型案例不存在或无权查看：" + writeUpNo,
            "no such typical case, or not yours to read: " + writeUpNo));
  }

  @ExceptionHandler(DuplicateWriteUpException.class)
  ResponseEntity<ApiError> duplicate(DuplicateWriteUpException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("DUPLICATE",
        "该案件正由他人同时提议为典型案例，请刷新后查看", "the case is being proposed by someone else at the same time"));
  }

  @ExceptionHandler(WriteUpStateException.class)
  ResponseEntity<ApiError> state(WriteUpStateException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(e.error());
  }
}
