package cn.samr.livestream.monitoring.delegate;

import cn.samr.livestream.monitoring.MonitoringProcess.Var;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.monitoring.SpotCheckAssignment;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.engine.DistrictMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 准备区局抽查任务: what the district's task shows, as variables of its own subprocess instance (never
 * the whole process's, which every district shares).
 */
@Component
public class PrepareAssignmentDelegate implements JavaDelegate {

  private final MonitoringService monitoring;
  private final OrganizationService organization;

  public PrepareAssignmentDelegate(MonitoringService monitoring, OrganizationService organization) {
    this.monitoring = monitoring;
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SpotCheckAssignment assignment = monitoring.assignment(Var.ASSIGNMENT_ID.require(execution));
    OrgUnit unit = organization.unit(assignment.getUnitCode()).orElseThrow();
    new DistrictMonth(unit.getCode(), unit.getName(), unit.getDistrictCode(), assignment.getMonthCode())
        .prepareTask(execution, SpotCheckAssignment.NUMBER_PREFIX);
    Var.QUOTA.setLocal(execution, (long) assignment.getQuota());
    Var.FOCUS_AREAS_TEXT.setLocal(execution, monitoring.focusAreasText(assignment));
    Var.FOCUS_SUBJECTS_TEXT.setLocal(execution, monitoring.focusSubjectsText(assignment));
  }
}
