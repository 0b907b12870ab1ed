package cn.samr.livestream.platform;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.platform.PlatformRecords.SelfInspectionReport;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platforms' self-inspection reports (自查报告): stored as sent, read by the city units and by the district where the
 * platform is registered. The report number makes a retry safe, as the batch id does for subjects.
 */
@Service
@Transactional
public class PlatformReports {

  private final PlatformMapper mapper;
  private final OrganizationService organization;
  private final ReadPolicy readPolicy;
  private final Validator validator;
  private final ObjectMapper json;
  private final Clock clock;

  public PlatformReports(PlatformMapper mapper, OrganizationService organization, ReadPolicy readPolicy,
      Validator validator, ObjectMapper json, Clock clock) {
    this.mapper = mapper;
    this.organization = organization;
    this.readPolicy = readPolicy;
    this.validator = validator;
    this.json = json;
    this.clock = clock;
  }

  public record Received(SelfInspectionReport report, boolean created) {
  }

  public Received submit(PlatformClient client, SelfInspectionReportRequest request) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(request), field -> field);
    inputs.throwIfAny();
    LocalDate today = LocalDate.now(clock);
    inputs.require(!request.periodFrom().isAfter(request.periodTo()), "periodTo",
        "期间止不能早于期间起", "the period cannot end before it begins");
    inputs.require(!request.periodTo().isAfter(today), "periodTo", "期间尚未结束", "the period has not ended yet");
    inputs.require(!request.periodFrom().isBefore(today.minusYears(3)), "periodFrom",
        "期间起不能早于三年前", "the period cannot begin more than three years ago");
    inputs.throwIfAny();
    String hash = SecretHasher.contentHash(json, request);
    Optional<SelfInspectionReport> earlier = mapper.findReport(client.getId(), request.reportNo());
    if (earlier.isPresent()) {
      if (!earlier.get().requestHash.equals(hash)) {
        throw PlatformConflict.otherContent(request.reportNo());
      }
      return new Received(earlier.get(), false);
    }
    SelfInspectionReport report = new SelfInspectionReport();
    report.clientPk = client.getId();
    report.reportNo = request.reportNo();
    report.periodFrom = request.periodFrom();
    report.periodTo = request.periodTo();
    report.summary = request.summary().trim();
    report.roomsInspected = request.roomsInspected();
    report.violationsFound = request.violationsFound();
    report.itemsTakenDown = request.itemsTakenDown();
    report.accountsSanctioned = request.accountsSanctioned();
    report.cluesSubmitted = request.cluesSubmitted();
    report.requestHash = hash;
    report.receivedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    try {
      mapper.insertReport(report);
    } catch (DuplicateKeyException e) {
      throw PlatformConflict.concurrent(request.reportNo());
    }
    report.platformName = client.getPlatformName();
    report.districtCode = client.getDistrictCode();
    return new Received(report, true);
  }

  /** One of the calling platform's reports; another platform's number is not found, as one never sent. */
  @Transactional(readOnly = true)
  public SelfInspectionReport own(PlatformClient client, String reportNo) {
    return mapper.findReport(client.getId(), reportNo).orElseThrow(() -> new NotFoundException(
        "本平台未报送该编号的自查报告：" + reportNo, "this platform sent no report numbered " + reportNo));
  }

  /** The calling platform's reports, newest first. */
  @Transactional(readOnly = true)
  public List<SelfInspectionReport> own(PlatformClient client, int page, int size) {
    return mapper.findOwnReports(client.getId(), page * size, size);
  }

  /**
   * The reports the caller may read, newest first: all for the city units, else those of platforms registered in a
   * district the caller works in or heads; 403 for anyone else.
   */
  @Transactional(readOnly = true)
  public List<SelfInspectionReport> readable(String callerId, int page, int size) {
    if (readPolicy.mayReadCity(CityReaders.PLATFORM_REPORTS)) {
      return mapper.findReports(null, page * size, size);
    }
    List<String> districts = organization.activeDistricts().stream()
        .filter(d -> readPolicy.mayRead(CityReaders.PLATFORM_REPORTS, d.getCode()))
        .map(OrgUnit::getDistrictCode).toList();
    if (districts.isEmpty()) {
      throw new AuthorizationException(callerId, "READ", "PlatformReport", "*");
    }
    return mapper.findReports(districts, page * size, size);
  }
}
