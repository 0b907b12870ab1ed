package cn.samr.livestream.coordination.api;

import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.coordination.EscalationRequest;
import cn.samr.livestream.coordination.EscalationService;
import cn.samr.livestream.coordination.EscalationService.Reported;
import cn.samr.livestream.security.CurrentUser;
import java.net.URI;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/escalations: a unit reports a major or difficult problem to the coordination group (上报重大疑难问题). */
@RestController
@RequestMapping("/api/escalations")
public class EscalationController {

  private final EscalationService escalations;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;

  public EscalationController(EscalationService escalations, CurrentUser currentUser,
      AuthorizationService authorizationService) {
    this.escalations = escalations;
    this.currentUser = currentUser;
    this.authorizationService = authorizationService;
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
