package cn.samr.livestream.governance.campaign.api;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.campaign.Campaign;
import cn.samr.livestream.governance.campaign.CampaignConflictException;
import cn.samr.livestream.governance.campaign.CampaignQuota;
import cn.samr.livestream.governance.campaign.CampaignReportService;
import cn.samr.livestream.governance.campaign.CampaignReportService.CampaignReport;
import cn.samr.livestream.governance.campaign.CampaignRequest;
import cn.samr.livestream.governance.campaign.CampaignService;
import cn.samr.livestream.governance.campaign.CampaignStatus;
import cn.samr.livestream.governance.campaign.CampaignTags;
import cn.samr.livestream.governance.campaign.CampaignTags.Tagged;
import cn.samr.livestream.governance.campaign.CampaignUnit;
import cn.samr.livestream.governance.campaign.CampaignWorkbook;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Special campaigns (专项整治, docs/campaign.md): plan, read, change the period or quotas before the start, tag records
 * later, the report as JSON and xlsx. Campaigns are not secret: every working unit, the coordination group, the
 * monitoring centre, supervisors and administrators read them; the report's rows follow the monthly table's rule.
 */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final int PAGE_SIZE = 50;

  private final CampaignService campaigns;
  private final CampaignTags tags;
  private final CampaignReportService reports;
  private final GovernanceEvents events;
  private final OrganizationService organization;
  private final CurrentUser currentUser;
  private final ReadPolicy readPolicy;

  public CampaignController(CampaignService campaigns, CampaignTags tags, CampaignReportService reports,
      GovernanceEvents events, OrganizationService organization, CurrentUser currentUser, ReadPolicy readPolicy) {
    this.campaigns = campaigns;
    this.tags = tags;
    this.reports = reports;
    this.events = events;
    this.organization = organization;
    this.currentUser = currentUser;
    this.readPolicy = readPolicy;
  }

  /** A participating unit as the API shows it. */
  public record UnitView(String unit, String unitName, boolean submitted, LocalDateTime submittedAt,
      LocalDateTime summaryDue, boolean overdue) {
  }

  /** A campaign as the API shows it. */
  public record CampaignView(String code, String name, String level, String ownerUnit, LocalDate periodFrom,
      LocalDate periodTo, List<String> focusCategories, List<String> productAreas, String description,
      String jointDepartments, CampaignStatus status, String statusLabel, LocalDateTime approvedAt,
      LocalDateTime closedAt, List<UnitView> units, List<CampaignQuota> quotas) {
  }

  /** The new period. */
  public record PeriodRequest(LocalDate periodFrom, LocalDate periodTo) {
  }

  /** A record to tag: kind SPOT_CHECK, CLUE or CASE and its number (spot check: its id). */
  public record TagRequest(String kind, String number) {
  }

  @PostMapping
  public ResponseEntity<CampaignView> plan(@RequestBody CampaignRequest request) {
    Campaign campaign = campaigns.plan(request, currentUser.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(campaign, true));
  }

  @GetMapping
  public List<CampaignView> list(@RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page) {
    requireReader();
    CampaignStatus wanted = null;
    if (status != null && !status.isBlank()) {
      wanted = Arrays.stream(CampaignStatus.values()).filter(s -> s.name().equals(status)).findFirst()
          .orElseThrow(() -> InvalidInputException.of("status", "未知的状态：" + status, "unknown status: " + status));
    }
    return campaigns.list(wanted, page, PAGE_SIZE).stream().map(c -> view(c, false)).toList();
  }

  @GetMapping("/{code}")
  public CampaignView show(@PathVariable String code) {
    requireReader();
    return view(campaigns.byCode(code), true);
  }

  @GetMapping("/{code}/timeline")
  public List<RecordEvent> timeline(@PathVariable String code) {
    requireReader();
    return events.of(GovernanceRecordKind.CAMPAIGN, campaigns.byCode(code).getId());
  }

  @PutMapping("/{code}/period")
  public CampaignView period(@PathVariable String code, @RequestBody PeriodRequest request) {
    return view(campaigns.changePeriod(code, request.periodFrom(), request.periodTo(), currentUser.userId()), true);
  }

  @PutMapping("/{code}/quotas")
  public List<CampaignQuota> quotas(@PathVariable String code, @RequestBody List<CampaignRequest.Quota> quotas) {
    return campaigns.changeQuotas(code, quotas, currentUser.userId());
  }

  @PostMapping("/{code}/tags")
  public ResponseEntity<Tagged> tag(@PathVariable String code, @RequestBody TagRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(tags.tag(code, request.kind(), request.number(), currentUser.userId()));
  }

  @DeleteMapping("/{code}/tags/{kind}/{number}")
  public ResponseEntity<Void> untag(@PathVariable String code, @PathVariable String kind,
      @PathVariable String number) {
    tags.untag(code, kind, number, currentUser.userId());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{code}/report")
  public CampaignReport report(@PathVariable String code) {
    return read(code);
  }

  @GetMapping("/{code}/report.xlsx")
  public ResponseEntity<byte[]> workbook(@PathVariable String code) {
    CampaignReport report = read(code);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campaign-" + report.code()
            + ".xlsx\"; filename*=UTF-8''" + rfc5987(CampaignWorkbook.filename(report.code())))
        .cacheControl(CacheControl.noStore())
        .body(CampaignWorkbook.write(report));
  }

  @ExceptionHandler(CampaignConflictException.class)
  ResponseEntity<ApiError> conflict(CampaignConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(e.error());
  }

  /**
   * The coordination group, supervisors and administrators read every unit and the total; a participating unit's
   * officers and heads their own row, without the total; anyone else 403 (an unknown campaign 404 first).
   */
  private CampaignReport read(String code) {
    Campaign campaign = campaigns.byCode(code);
    if (readPolicy.mayReadCity(CityReaders.MONTHLY_STATISTICS)) {
      return reports.read(campaign);
    }
    Set<String> own = campaigns.units(campaign.getId()).stream().map(CampaignUnit::getUnit)
        .filter(unit -> readPolicy.worksIn(unit) || readPolicy.headsUnit(unit)).collect(Collectors.toSet());
    if (own.isEmpty()) {
      throw new AuthorizationException(currentUser.userId() + " may not read the report of " + code);
    }
    return reports.read(campaign).onlyUnits(own);
  }

  /** Members of a working unit (or its heads), the coordination group, supervisors, the monitoring centre, admins. */
  private void requireReader() {
    boolean reader = currentUser.isMemberOf(CityGroups.ADMINISTRATORS) || currentUser.groupIds().stream()
        .anyMatch(group -> organization.unitOfGroup(group).filter(u -> u.getKind() != UnitKind.OPERATIONS).isPresent()
            || organization.activeUnits().stream().anyMatch(u -> group.equals(u.getHeadGroup())));
    if (!reader) {
      throw new AuthorizationException(currentUser.userId() + " may not read campaigns");
    }
  }

  private CampaignView view(Campaign campaign, boolean withUnits) {
    List<UnitView> units = withUnits ? campaigns.units(campaign.getId()).stream()
        .map(u -> new UnitView(u.getUnit(), organization.unit(u.getUnit()).map(OrgUnit::getName).orElse(u.getUnit()),
            u.getSubmittedAt() != null, u.getSubmittedAt(), u.getSummaryDue(), u.isOverdue()))
        .toList() : null;
    return new CampaignView(campaign.getCode(), campaign.getName(), campaign.getLevel().name(),
        campaign.getOwnerUnit(), campaign.getPeriodFrom(), campaign.getPeriodTo(), split(campaign.getFocusCategories()),
        split(campaign.getProductAreas()), campaign.getDescription(), campaign.getJointDepartments(),
        campaign.getStatus(), campaign.getStatus().label(), campaign.getApprovedAt(), campaign.getClosedAt(), units,
        withUnits ? campaigns.quotasOf(campaign.getId()) : null);
  }

  private static List<String> split(String joined) {
    return joined == null ? List.of() : List.of(joined.split(","));
  }

  /** RFC 5987 ext-value encoding (UTF-8 percent-encoding of everything but attr-char). */
  static String rfc5987(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
