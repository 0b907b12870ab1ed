package cn.samr.livestream.enforcement.clue.api;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.complaint.RegisteringUnit;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.casefile.CaseFilingService;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueIntakeService.RegisteredClue;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueMapper;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.enforcement.clue.ClueTimeline;
import cn.samr.livestream.enforcement.clue.DuplicateClueException;
import cn.samr.livestream.enforcement.transfer.TransferService;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.security.PersonalDataAccess;
import cn.samr.livestream.security.PersonalDataAccessLog;
import cn.samr.livestream.security.PersonalDataMask;
import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SupervisedSubject;
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
 * Clue intake and lookup: POST /api/clues, GET /api/clues/{clueNo}, its timeline
 * GET /api/clues/{clueNo}/timeline. Nothing here logs the request
 * or the reporter (投诉举报办法 Art.33).
 */
@RestController
@RequestMapping("/api/clues")
public class ClueController {

  private final ClueIntakeService intake;
  private final ClueMapper clues;
  private final EnforcementRecords records;
  private final CaseFilingService caseFiles;
  private final TransferService transfers;
  private final SubjectRegistry subjects;
  private final ReadPolicy readPolicy;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;
  private final ClueTimeline timelines;
  private final PersonalDataAccessLog accessLog;
  private final RegisteringUnit registeringUnit;

  public ClueController(ClueIntakeService intake, ClueMapper clues, EnforcementRecords records,
      CaseFilingService caseFiles, TransferService transfers, SubjectRegistry subjects,
      ReadPolicy readPolicy, CurrentUser currentUser, AuthorizationService authorizationService,
      ClueTimeline timelines, PersonalDataAccessLog accessLog, RegisteringUnit registeringUnit) {
    this.registeringUnit = registeringUnit;
    this.timelines = timelines;
    this.accessLog = accessLog;
    this.intake = intake;
    this.clues = clues;
    this.records = records;
    this.caseFiles = caseFiles;
    this.transfers = transfers;
    this.subjects = subjects;
    this.readPolicy = readPolicy;
    this.currentUser = currentUser;
    this.authorizationService = authorizationService;
  }

  /**
   * Registers a clue and starts clue-verification. Only who may start that process (CREATE_INSTANCE)
   * may register; asked before anything else, so that others learn nothing of existing clues.
   */
  @PostMapping
  public ResponseEntity<RegisteredClue> register(@RequestBody ClueRequest request) {
    if (!authorizationService.isUserAuthorized(currentUser.userId(), currentUser.groupIds(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, ClueProcess.PROCESS_KEY)) {
      throw new AuthorizationException(currentUser.userId(), ProcessDefinitionPermissions.CREATE_INSTANCE.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), ClueProcess.PROCESS_KEY);
    }
    RegisteredClue registered = intake.register(request, currentUser.userId());
    return ResponseEntity.created(URI.create("/api/clues/" + registered.clueNo())).body(registered);
  }

  /**
   * The clue with its records. A real-name reporter's identity is shown to the handling unit's officers
   * only (recorded in the access log); for everyone else phone and ID numbers in the facts are masked too.
   */
  @GetMapping("/{clueNo}")
  public ClueView show(@PathVariable String clueNo) {
    Clue clue = readable(clueNo);
    long id = clue.getId();
    List<SupervisedSubject> named = clues.findSubjectIds(id).stream().map(subjects::byId)
        .flatMap(Optional::stream).toList();
    ClueView.ReporterView reporter = reporter(clue);
    if (!worksOn(clue)) {
      clue.setFacts(PersonalDataMask.inText(clue.getFacts()));
    }
    return new ClueView(clue, reporter, named, ClueView.Event.of(clues.findEvents(id)), records.ofClue(id),
        caseFiles.ofClue(id), transfers.ofClue(id));
  }

  /**
   * Who decided what, when: the clue's steps, the actions on it and its cases with their 文号, and its
   * processes' history (case investigation and transfer included), oldest first; never the reporter.
   */
  @GetMapping("/{clueNo}/timeline")
  public Timeline timeline(@PathVariable String clueNo) {
    return timelines.of(readable(clueNo));
  }

  /** The clue if the caller may read it; otherwise 404, whether it exists or not. */
  private Clue readable(String clueNo) {
    return clues.findByNo(clueNo).filter(this::mayRead)
        .orElseThrow(() -> new NotFoundException("线索不存在或无权查看：" + clueNo,
            "no such clue, or not yours to read: " + clueNo));
  }

  /**
   * 409 for a repeated external number, never naming the reporter. Who may read the existing clue (as GET
   * would show it) gets its number and process; anyone else learns only that it is registered, and by
   * which unit.
   */
  @ExceptionHandler(DuplicateClueException.class)
  ResponseEntity<Map<String, Object>> duplicate(DuplicateClueException e) {
    Clue existing = e.existing();
    Optional<String> unit = registeringUnit.of(existing.getRegisteredBy()).map(OrgUnit::getName);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "DUPLICATE");
    if (mayRead(existing)) {
      body.put("message", ApiError.of("DUPLICATE", "该外部编号的线索已登记为" + existing.getClueNo(),
          "a clue with this external number is registered as " + existing.getClueNo()).message());
      body.put("clueId", existing.getId());
      body.put("clueNo", existing.getClueNo());
      body.put("processInstanceId", String.valueOf(existing.getProcessInstanceId()));
    } else {
      body.put("message", unit.map(name -> ApiError.of("DUPLICATE", "该外部编号的线索已由" + name + "登记",
              "a clue with this external number is already registered by " + name))
          .orElseGet(() -> ApiError.of("DUPLICATE", "该外部编号的线索已登记",
              "a clue with this external number is already registered")).message());
    }
    unit.ifPresent(name -> body.put("registeredBy", name));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }

  private boolean mayRead(Clue clue) {
    return readPolicy.mayRead(CityReaders.CLUES, clue.getHandlingUnit());
  }

  /** Members of the handling unit's officers' group: they verify the clue and may contact the reporter. */
  private boolean worksOn(Clue clue) {
    return readPolicy.worksIn(clue.getHandlingUnit());
  }

  private ClueView.ReporterView reporter(Clue clue) {
    if (!clue.isRealNameReport()) {
      return ClueView.ReporterView.NONE;
    }
    if (!worksOn(clue)) {
      return ClueView.ReporterView.WITHHELD;
    }
    return clues.findReporter(clue.getId()).map(person -> {
      accessLog.shown(currentUser.userId(), PersonalDataAccess.RecordKind.CLUE, clue.getClueNo(),
          PersonalDataAccess.Shown.REPORTER, PersonalDataAccess.Channel.API);
      return ClueView.ReporterView.identified(person);
    }).orElse(ClueView.ReporterView.WITHHELD);
  }
}
