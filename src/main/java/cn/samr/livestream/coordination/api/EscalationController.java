package cn.samr.livestream.coordination.api;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.coordination.DepartmentNotice;
import cn.samr.livestream.coordination.Escalation;
import cn.samr.livestream.coordination.EscalationMapper;
import cn.samr.livestream.coordination.EscalationRequest;
import cn.samr.livestream.coordination.EscalationIntakeService.Reported;
import cn.samr.livestream.coordination.EscalationIntakeService;
import cn.samr.livestream.coordination.EscalationTimeline;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.NotFoundException;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/escalations: a unit reports a major or difficult problem to the coordination group
 * (上报重大疑难问题); GET /api/escalations/{no}: the report with every step taken on it;
 * GET /api/escalations/{no}/timeline: those steps with the process history, oldest first.
 */
@RestController
@RequestMapping("/api/escalations")
public class EscalationController {

  private final EscalationIntakeService escalations;
  private final EscalationMapper mapper;
  private final ReadPolicy readPolicy;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;
  private final EscalationTimeline timelines;

  public EscalationController(EscalationIntakeService escalations, EscalationMapper mapper, ReadPolicy readPolicy,
      CurrentUser currentUser, AuthorizationService authorizationService, EscalationTimeline timelines) {
    this.timelines = timelines;
    this.escalations = escalations;
    this.mapper = mapper;
    this.readPolicy = readPolicy;
    this.currentUser = currentUser;
    this.authorizationService = authorizationService;
  }

  /** An escalation, its department notices and its record of steps. */
  public record EscalationView(Escalation escalation, List<DepartmentNotice> notices, List<EscalationEventView> events) {
  }

  @GetMapping("/{escalationNo}")
  public EscalationView show(@PathVariable String escalationNo) {
    Escalation escalation = readable(escalationNo);
    return new EscalationView(escalation, mapper.findNotices(escalation.getId()),
        EscalationEventView.of(mapper.findEvents(escalation.getId())));
  }

  @GetMapping("/{escalationNo}/timeline")
  public Timeline timeline(@PathVariable String escalationNo) {
    return timelines.of(readable(escalationNo));
  }

  /** The escalation if the caller may read it; otherwise 404, whether it exists or not. */
  private Escalation readable(String escalationNo) {
    return mapper.findByNo(escalationNo).filter(this::mayRead)
        .orElseThrow(() -> new NotFoundException("上报事项不存在或无权查看：" + escalationNo,
            "no such escalation, or not yours to read: " + escalationNo));
  }

  /** The coordination group sees escalations city-wide; a unit sees its own. */
  private boolean mayRead(Escalation escalation) {
    return readPolicy.mayRead(CityReaders.ESCALATIONS, escalation.getReportingUnit());
  }

  /**
   * Stores the report and starts coordination-escalation. Only who may start that process
   * (CREATE_INSTANCE) may report; asked before anything else.
   */
  @PostMapping
  public ResponseEntity<Reported> report(@RequestBody EscalationRequest request) {
    if (!authorizationService.isUserAuthorized(currentUser.userId(), currentUser.groupIds(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, CoordinationProcess.PROCESS_KEY)) {
      throw new AuthorizationException(currentUser.userId(), ProcessDefinitionPermissions.CREATE_INSTANCE.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), CoordinationProcess.PROCESS_KEY);
    }
    Reported reported = escalations.report(request, currentUser.userId(), currentUser.groupIds());
    return ResponseEntity.created(URI.create("/api/escalations/" + reported.escalationNo())).body(reported);
  }
}
