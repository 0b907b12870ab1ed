package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_NO;
import static cn.samr.livestream.complaint.RemedyProcess.Var.NOTICE_ISSUED_AT;
import static cn.samr.livestream.complaint.RemedyProcess.Var.REMEDY_ID;
import static cn.samr.livestream.complaint.RemedyProcess.Var.REMEDY_PARTY_LABEL;
import static cn.samr.livestream.complaint.RemedyProcess.Var.REMEDY_SUMMARY;
import static cn.samr.livestream.complaint.RemedyProcess.Var.SUBJECT_NAME;

import cn.samr.livestream.complaint.RemedyService;
import cn.samr.livestream.complaint.RemedyService.Notice;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 发出退赔督促通知: the fulfilment period runs from the notice. */
@Component
public class IssueRemedyNoticeDelegate implements JavaDelegate {

  private final RemedyService remedies;

  public IssueRemedyNoticeDelegate(RemedyService remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Notice notice = remedies.issueNotice(REMEDY_ID.require(execution), COMPLAINT_NO.require(execution), Actors.SYSTEM);
    NOTICE_ISSUED_AT.set(execution, ClockUtil.getCurrentTime());
    REMEDY_PARTY_LABEL.set(execution, notice.partyLabel());
    SUBJECT_NAME.set(execution, notice.partyName());
    REMEDY_SUMMARY.set(execution, notice.summary());
  }
}
