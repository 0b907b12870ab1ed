package cn.samr.livestream.monitoring.delegate;

import cn.samr.livestream.monitoring.FocusArea;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.monitoring.MonitoringService.RecordedCheck;
import cn.samr.livestream.monitoring.SamplingResult;
import cn.samr.livestream.monitoring.SpotCheckEntryProcess.Form;
import cn.samr.livestream.monitoring.SpotCheckEntryProcess.Var;
import cn.samr.livestream.monitoring.SpotCheckRequest;
import cn.samr.livestream.monitoring.SpotCheckResult;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.CommandScopedVariables;
import cn.samr.livestream.shared.ProcessVariable;
import cn.samr.livestream.shared.StartFormReader;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 记录抽查结果 (spot-check-entry): the start form's fields become a SpotCheckRequest for the district named
 * or the officer's own and the month of the check date, recorded through MonitoringService with the rules
 * of POST /api/spot-checks; a suspected violation starts clue-verification. Bad input throws
 * InvalidInputException: the start is rolled back and Tasklist shows the message. The business key
 * becomes the check's number SC-&lt;id&gt;; the form's fields leave the process.
 */
@Component
public class RecordSpotCheckDelegate implements JavaDelegate {

  private final MonitoringService monitoring;
  private final IdentityService identityService;

  public RecordSpotCheckDelegate(MonitoringService monitoring, IdentityService identityService) {
    this.monitoring = monitoring;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication caller = identityService.getCurrentAuthentication();
    Collection<String> groups = caller == null || caller.getUserId() == null ? null
        : caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    SpotCheckRequest request = request(execution, groups);
    RecordedCheck recorded = monitoring.record(request, Actors.current(identityService));
    CommandScopedVariables.discard(execution, Form.FIELDS.stream().map(ProcessVariable::name).toList());
    execution.setProcessBusinessKey(recorded.checkNo());
    Var.SPOT_CHECK_ID.set(execution, recorded.checkId());
    Var.ASSIGNMENT_ID.set(execution, recorded.assignmentId());
    Var.CLUE_STARTED.set(execution, recorded.clueId() != null);
    if (recorded.clueId() != null) {
      Var.CLUE_ID.set(execution, recorded.clueId());
      Var.CLUE_NO.set(execution, recorded.clueNo());
    }
  }

  /** The form as a request; every unreadable field told at once. */
  SpotCheckRequest request(DelegateExecution execution, Collection<String> groups) {
    StartFormReader form = new StartFormReader(execution);
    LocalDate checkDate = form.date(Form.CHECK_DATE);
    FocusArea focusArea = form.choice(Form.FOCUS_AREA, FocusArea.class);
    SpotCheckResult result = form.choice(Form.RESULT, SpotCheckResult.class);
    ViolationCategory category = form.choice(Form.VIOLATION_CATEGORY, ViolationCategory.class);
    SamplingResult samplingResult = form.choice(Form.SAMPLING_RESULT, SamplingResult.class);
    form.require(form.text(Form.CHECK_DATE) != null, Form.CHECK_DATE.name(), "请选择抽查日期", "choose the check date");
    form.throwIfAny();
    Long assignmentId = monitoring.assignmentFor(form.text(Form.DISTRICT), checkDate, groups).getId();
    return new SpotCheckRequest(assignmentId, checkDate, form.text(Form.PLATFORM), form.text(Form.LIVE_ROOM),
        form.text(Form.ACCOUNT_ID), form.text(Form.PRODUCT_OR_SERVICE), focusArea, result, category,
        form.text(Form.DESCRIPTION), form.flag(Form.SAMPLING_DONE), samplingResult);
  }
}
