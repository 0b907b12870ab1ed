package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;

import cn.samr.livestream.complaint.ClaimType;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.complaint.ComplaintSource;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.engine.PersonalDataHistoryFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
    FORM_FIELDS.forEach(execution::removeVariable);
    intake.registerFromStartForm(request, Actors.current(identityService), execution);
  }

  static ComplaintRequest toRequest(DelegateExecution form) {
    String platformName = text(form, "platformName");
    String merchantName = text(form, "merchantName");
    String account = text(form, "streamerPlatformAccount");
    String streamer = text(form, "streamerName");
    ComplaintRequest.Subjects subjects = new ComplaintRequest.Subjects(
        platformName == null ? null : new ComplaintRequest.Organisation(platformName, null, text(form, "platformDistrict")),
        account == null && streamer == null ? null : new ComplaintRequest.LiveRoom(platformName, account, streamer),
        merchantName == null ? null : new ComplaintRequest.Organisation(merchantName, text(form, "merchantCreditCode"),
            text(form, "merchantDistrict")));
    Set<ClaimType> claims = EnumSet.noneOf(ClaimType.class);
    if (flag(form, "claimReturn")) claims.add(ClaimType.RETURN);
    if (flag(form, "claimRefund")) claims.add(ClaimType.REFUND);
    if (flag(form, "claimCompensation")) claims.add(ClaimType.COMPENSATION);
    if (flag(form, "claimOther")) claims.add(ClaimType.OTHER);
    Object amount = form.getVariable("amountPaid");
    return new ComplaintRequest(source(text(form, "source")), text(form, "externalNo"),
        receivedAt(text(form, "receivedDate")),
        new ComplaintRequest.Person(text(form, PII_NAME), text(form, PII_PHONE), flag(form, "complainantConfidential")),
        platformName == null && merchantName == null && account == null && streamer == null ? null : subjects,
        text(form, "reportedDistrict"), text(form, "product"), text(form, "orderNo"),
        amount instanceof Number n ? new BigDecimal(n.toString()) : null, claims, text(form, "description"),
        flag(form, "lifeHealthRisk"));
  }

  private static ComplaintSource source(String value) {
    try {
      return value == null ? null : ComplaintSource.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("source", "来源取值无效", "invalid source");
    }
  }

  /** The form's date picker gives YYYY-MM-DD; a full timestamp is accepted too. */
  static LocalDateTime receivedAt(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay();
      }
      return value.contains("+") || value.endsWith("Z")
          ? OffsetDateTime.parse(value).atZoneSameInstant(cn.samr.livestream.shared.Times.ZONE).toLocalDateTime()
          : LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("receivedDate", "收到日期格式不正确", "invalid date");
    }
  }

  private static String text(DelegateExecution form, String name) {
    Object value = form.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static boolean flag(DelegateExecution form, String name) {
    return Boolean.TRUE.equals(form.getVariable(name));
  }
}
