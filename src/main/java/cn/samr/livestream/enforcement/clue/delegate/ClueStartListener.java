package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.CLUE_ID;

import cn.samr.livestream.complaint.ReferralService;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.CommandScopedVariables;
import cn.samr.livestream.engine.PersonalDataHistoryFilter;
import cn.samr.livestream.shared.StartFormReader;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectType;
import java.time.LocalDate;
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
      "facts", "evidence", "campaignCodes", "realNameReport", PII + "reporterName", PII + "reporterPhone", PII + "reporterIdNumber");

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
    CommandScopedVariables.discard(execution, FORM_FIELDS);
    intake.registerInProcess(request, Actors.current(identityService), execution);
  }

  static ClueRequest toRequest(DelegateExecution execution) {
    StartFormReader form = new StartFormReader(execution);
    String subjectName = form.text("subjectName");
    SubjectType subjectType = subjectName == null ? null : form.choice("subjectType", SubjectType.class);
    ClueSource source = form.choice("source", ClueSource.class);
    LocalDate receivedDate = form.date("receivedDate");
    ViolationCategory category = form.choice("category", ViolationCategory.class);
    form.throwIfAny();
    List<ClueRequest.Subject> subjects = subjectName == null ? List.of()
        : List.of(new ClueRequest.Subject(subjectType, subjectName, form.text("subjectCreditCode"),
            form.text("subjectPlatformName"), form.text("subjectAccountId"), form.text("subjectDistrict")));
    return new ClueRequest(source, form.text("externalNo"), receivedDate == null ? null : receivedDate.atStartOfDay(),
        category, form.text("district"), subjects, form.text("facts"), form.lines("evidence"),
        form.flag("realNameReport") ? new ClueRequest.Reporter(form.text(PII + "reporterName"),
            form.text(PII + "reporterPhone"), form.text(PII + "reporterIdNumber"), null) : null,
        campaignCodes(form.text("campaignCodes")));
  }

  /** 专项编号: comma, 、 or space separated; none when blank. */
  static List<String> campaignCodes(String text) {
    return text == null ? null : java.util.Arrays.stream(text.split("[,，、\\s]+")).filter(c -> !c.isBlank()).toList();
  }
}
