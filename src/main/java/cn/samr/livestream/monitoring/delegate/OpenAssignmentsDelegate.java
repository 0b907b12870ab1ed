package cn.samr.livestream.monitoring.delegate;

import cn.samr.livestream.monitoring.MonitoringProcess.Var;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.monitoring.SpotCheckAssignment;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 生成本月抽查任务: one assignment per active district for the month the timer fired in. */
@Component
public class OpenAssignmentsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(OpenAssignmentsDelegate.class);

  private final MonitoringService monitoring;

  public OpenAssignmentsDelegate(MonitoringService monitoring) {
    this.monitoring = monitoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String month = monitoring.currentMonth().toString();
    Var.MONTH.set(execution, month);
    execution.setProcessBusinessKey("JC-" + month);
    List<SpotCheckAssignment> opened = monitoring.openMonth(monitoring.currentMonth(), execution.getProcessInstanceId());
    log.info("Monthly spot checks {}: {} district assignments opened", month, opened.size());
  }
}
