package cn.samr.livestream.monitoring.api;

import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.monitoring.MonitoringProcess;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.monitoring.MonitoringService.RecordedCheck;
import cn.samr.livestream.monitoring.SpotCheckAssignment;
import cn.samr.livestream.monitoring.SpotCheckRequest;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.security.CurrentUser;
import java.net.URI;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/spot-checks: a district records one spot check of its monthly assignment (月度抽查监测). Who
 * may work monthly-monitoring and start clue-verification is asked before anything else; the
 * assignment must be the caller's own unit's.
 */
@RestController
@RequestMapping("/api/spot-checks")
public class SpotCheckController {

  private final MonitoringService monitoring;
  private final OrganizationService organization;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;

  public SpotCheckController(MonitoringService monitoring, OrganizationService organization, CurrentUser currentUser,
      AuthorizationService authorizationService) {
    this.monitoring = monitoring;
    this.organization = organization;
    this.currentUser = currentUser;
    this.authorizationService = authorizationService;
  }

  @PostMapping
  public ResponseEntity<RecordedCheck> record(@RequestBody SpotCheckRequest request) {
    require(ProcessDefinitionPermissions.READ, MonitoringProcess.PROCESS_KEY);
    require(ProcessDefinitionPermissions.CREATE_INSTANCE, ClueProcess.PROCESS_KEY);
    SpotCheckAssignment assignment = monitoring.validate(request);
    String unit = assignment.getUnitCode();
    if (!currentUser.isMemberOf(unit) && !currentUser.isMemberOf(organization.headGroupOf(unit))) {
      throw new AuthorizationException(currentUser.userId(), "RECORD_SPOT_CHECK", "spot_check_assignment",
          String.valueOf(assignment.getId()));
    }
    RecordedCheck recorded = monitoring.record(request, currentUser.userId());
    return ResponseEntity.created(URI.create("/api/spot-checks/" + recorded.checkId())).body(recorded);
  }

  private void require(Permission permission, String processKey) {
    if (!authorizationService.isUserAuthorized(currentUser.userId(), currentUser.groupIds(), permission,
        Resources.PROCESS_DEFINITION, processKey)) {
      throw new AuthorizationException(currentUser.userId(), permission.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), processKey);
    }
  }
}
