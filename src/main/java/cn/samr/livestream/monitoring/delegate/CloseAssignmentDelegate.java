package cn.samr.livestream.monitoring.delegate;

import cn.samr.livestream.monitoring.MonitoringProcess.Var;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 关闭本月抽查任务: records the checks made and whether the quota was met. */
@Component
public class CloseAssignmentDelegate implements JavaDelegate {

  private final MonitoringService monitoring;
  private final IdentityService identityService;

  public CloseAssignmentDelegate(MonitoringService monitoring, IdentityService identityService) {
    this.monitoring = monitoring;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    monitoring.close(Var.ASSIGNMENT_ID.require(execution), Actors.current(identityService));
  }
}
