package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.LeadSummaryProcess.Var.*;

import cn.samr.livestream.coordination.LeadSummary;
import cn.samr.livestream.coordination.LeadSummaryProcess;
import cn.samr.livestream.coordination.LeadSummaryService;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总上月投诉举报线索: the month's leads from the data; business key HZ-yyyy-MM. */
@Component
public class CompileLeadSummaryDelegate implements JavaDelegate {

  private final LeadSummaryService summaries;
  private final OrganizationService organization;

  public CompileLeadSummaryDelegate(LeadSummaryService summaries, OrganizationService organization) {
    this.summaries = summaries;
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LeadSummary summary = summaries.compilePreviousMonth(execution.getProcessInstanceId());
    String number = "HZ-" + summary.getSummaryMonth();
    execution.setProcessBusinessKey(number);
    SUMMARY_ID.set(execution, summary.getId());
    SUMMARY_MONTH.set(execution, summary.getSummaryMonth());
    LEAD_SUMMARY.set(execution, summary.getSummary());
    LIST_NUMBER.set(execution, number);
    HANDLING_UNIT_NAME.set(execution, organization.unit(LeadSummaryProcess.CENTRE).map(OrgUnit::getName)
        .orElse("投诉举报中心"));
  }
}
