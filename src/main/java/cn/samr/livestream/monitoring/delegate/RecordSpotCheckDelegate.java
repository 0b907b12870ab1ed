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
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.ProcessVariable;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
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
    Form.FIELDS.forEach(field -> execution.removeVariable(field.name()));
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
  SpotCheckRequest request(DelegateExecution form, Collection<String> groups) {
    Inputs inputs = new Inputs();
    String dateText = text(form, Form.CHECK_DATE);
    LocalDate checkDate = dateText == null ? null : read(inputs, () -> Inputs.date(dateText, Form.CHECK_DATE.name()));
    FocusArea focusArea = choice(inputs, form, Form.FOCUS_AREA, FocusArea.class);
    SpotCheckResult result = choice(inputs, form, Form.RESULT, SpotCheckResult.class);
    ViolationCategory category = choice(inputs, form, Form.VIOLATION_CATEGORY, ViolationCategory.class);
    SamplingResult samplingResult = choice(inputs, form, Form.SAMPLING_RESULT, SamplingResult.class);
    inputs.require(checkDate != null || dateText != null, Form.CHECK_DATE.name(), "请选择抽查日期", "choose the check date");
    inputs.throwIfAny();
    Long assignmentId = monitoring.assignmentFor(text(form, Form.DISTRICT), checkDate, groups).getId();
    return new SpotCheckRequest(assignmentId, checkDate, text(form, Form.PLATFORM), text(form, Form.LIVE_ROOM),
        text(form, Form.ACCOUNT_ID), text(form, Form.PRODUCT_OR_SERVICE), focusArea, result, category,
        text(form, Form.DESCRIPTION), Boolean.TRUE.equals(Form.SAMPLING_DONE.get(form)), samplingResult);
  }

  private static <E extends Enum<E>> E choice(Inputs inputs, DelegateExecution form, ProcessVariable<String> field,
      Class<E> type) {
    String value = text(form, field);
    return value == null ? null : read(inputs, () -> Inputs.enumValue(type, value, field.name()));
  }

  private static <T> T read(Inputs inputs, Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      e.errors().forEach(inputs::add);
      return null;
    }
  }

  private static String text(DelegateExecution form, ProcessVariable<String> field) {
    Object value = form.getVariable(field.name());
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
