package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;

import cn.samr.livestream.complaint.ClaimType;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.complaint.ComplaintSource;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.CommandScopedVariables;
import cn.samr.livestream.engine.PersonalDataHistoryFilter;
import cn.samr.livestream.shared.StartFormReader;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of complaint-handling. Started through the API the complaint is registered already; started
 * from the Tasklist start form (登记投诉) the form's fields are registered here, as the API would, and
 * removed from the process: the complainant's data goes to its table only.
 */
@Component
public class ComplaintStartFormListener implements ExecutionListener {

  static final String PII_NAME = PersonalDataHistoryFilter.PREFIX + "complainantName";
  static final String PII_PHONE = PersonalDataHistoryFilter.PREFIX + "complainantPhone";
  /** Every field of forms/complaint-registration.form. */
  static final List<String> FORM_FIELDS = List.of("source", "externalNo", "receivedDate", PII_NAME, PII_PHONE,
      "complainantConfidential", "platformName", "platformDistrict", "streamerPlatformAccount", "streamerName",
      "merchantName", "merchantCreditCode", "merchantDistrict", "reportedDistrict", "product", "orderNo", "amountPaid",
      "claimReturn", "claimRefund", "claimCompensation", "claimOther", "lifeHealthRisk", "description");

  private final ComplaintIntakeService intake;
  private final IdentityService identityService;

  public ComplaintStartFormListener(ComplaintIntakeService intake, IdentityService identityService) {
    this.intake = intake;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (COMPLAINT_ID.get(execution) != null) {
      return;
    }
    ComplaintRequest request = toRequest(execution);
    CommandScopedVariables.discard(execution, FORM_FIELDS);
    intake.registerFromStartForm(request, Actors.current(identityService), execution);
  }

  static ComplaintRequest toRequest(DelegateExecution execution) {
    StartFormReader form = new StartFormReader(execution);
    String platformName = form.text("platformName");
    String merchantName = form.text("merchantName");
    String account = form.text("streamerPlatformAccount");
    String streamer = form.text("streamerName");
    ComplaintRequest.Subjects subjects = new ComplaintRequest.Subjects(
        platformName == null ? null : new ComplaintRequest.Organisation(platformName, null, form.text("platformDistrict")),
        account == null && streamer == null ? null : new ComplaintRequest.LiveRoom(platformName, account, streamer),
        merchantName == null ? null : new ComplaintRequest.Organisation(merchantName, form.text("merchantCreditCode"),
            form.text("merchantDistrict")));
    Set<ClaimType> claims = EnumSet.noneOf(ClaimType.class);
    if (form.flag("claimReturn")) claims.add(ClaimType.RETURN);
    if (form.flag("claimRefund")) claims.add(ClaimType.REFUND);
    if (form.flag("claimCompensation")) claims.add(ClaimType.COMPENSATION);
    if (form.flag("claimOther")) claims.add(ClaimType.OTHER);
    ComplaintSource source = form.choice("source", ComplaintSource.class);
    LocalDateTime receivedAt = form.dateTime("receivedDate");
    form.throwIfAny();
    return new ComplaintRequest(source, form.text("externalNo"), receivedAt,
        new ComplaintRequest.Person(form.text(PII_NAME), form.text(PII_PHONE), form.flag("complainantConfidential")),
        platformName == null && merchantName == null && account == null && streamer == null ? null : subjects,
        form.text("reportedDistrict"), form.text("product"), form.text("orderNo"), form.decimal("amountPaid"), claims,
        form.text("description"), form.flag("lifeHealthRisk"));
  }
}
