package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.CLUE_ID;

import cn.samr.livestream.complaint.ReferralService;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.PersonalDataHistoryFilter;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of clue-verification. Through the API the clue is registered already; by message
 * Msg_ClueReceived the complaint path's referral becomes the clue; from the Tasklist start form (登记线索)
 * the form's fields are registered as the API would and removed from the process, a real-name
 * reporter's identity going to its table only.
 */
@Component
public class ClueStartListener implements ExecutionListener {

  static final String PII = PersonalDataHistoryFilter.PREFIX;
  /** Every field of forms/clue-registration.form. */
  static final List<String> FORM_FIELDS = List.of("source", "externalNo", "receivedDate", "category", "district",
      "subjectType", "subjectName", "subjectCreditCode", "subjectPlatformName", "subjectAccountId", "subjectDistrict",
      "facts", "evidence", "realNameReport", PII + "reporterName", PII + "reporterPhone", PII + "reporterIdNumber");

  private final ClueIntakeService intake;
  private final IdentityService identityService;

  public ClueStartListener(ClueIntakeService intake, IdentityService identityService) {
    this.intake = intake;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (CLUE_ID.get(execution) != null) {
      return;
    }
    Object referralId = execution.getVariable(ReferralService.REFERRAL_ID_VARIABLE);
    if (referralId instanceof Number id) {
      intake.registerReferral(id.longValue(), execution);
      return;
    }
    ClueRequest request = toRequest(execution);
    FORM_FIELDS.forEach(execution::removeVariable);
    intake.registerInProcess(request, Actors.current(identityService), execution);
  }

  static ClueRequest toRequest(DelegateExecution form) {
    String subjectName = text(form, "subjectName");
    List<ClueRequest.Subject> subjects = subjectName == null ? List.of()
        : List.of(new ClueRequest.Subject(parse(SubjectType.class, text(form, "subjectType"), "subjectType"), subjectName,
            text(form, "subjectCreditCode"), text(form, "subjectPlatformName"), text(form, "subjectAccountId"),
            text(form, "subjectDistrict")));
    String evidence = text(form, "evidence");
    boolean realName = Boolean.TRUE.equals(form.getVariable("realNameReport"));
    return new ClueRequest(parse(ClueSource.class, text(form, "source"), "source"), text(form, "externalNo"),
        receivedDate(text(form, "receivedDate")), parse(ViolationCategory.class, text(form, "category"), "category"),
        text(form, "district"), subjects, text(form, "facts"),
        evidence == null ? null : Arrays.stream(evidence.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
        realName ? new ClueRequest.Reporter(text(form, PII + "reporterName"), text(form, PII + "reporterPhone"),
            text(form, PII + "reporterIdNumber"), null) : null);
  }

  private static java.time.LocalDateTime receivedDate(String value) {
    try {
      return value == null ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length()))).atStartOfDay();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("receivedDate", "收到日期格式不正确", "invalid date");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    return value == null ? null : Inputs.enumValue(type, value, field);
  }

  private static String text(DelegateExecution form, String name) {
    Object value = form.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
