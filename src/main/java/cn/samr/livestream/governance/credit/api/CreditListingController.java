package cn.samr.livestream.governance.credit.api;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.credit.CreditListing;
import cn.samr.livestream.governance.credit.CreditListingIntakeService;
import cn.samr.livestream.governance.credit.CreditListingIntakeService.Proposed;
import cn.samr.livestream.governance.credit.CreditListingMapper;
import cn.samr.livestream.governance.credit.CreditListingProcess;
import cn.samr.livestream.governance.credit.CreditListingRequest;
import cn.samr.livestream.governance.credit.CreditNotice;
import cn.samr.livestream.governance.credit.CreditRequestService;
import cn.samr.livestream.governance.credit.ListingConflict;
import cn.samr.livestream.governance.credit.ListingKind;
import cn.samr.livestream.governance.credit.ListingRequest;
import cn.samr.livestream.governance.credit.ListingStatus;
import cn.samr.livestream.governance.credit.ListingTimeline;
import cn.samr.livestream.governance.credit.PartyRequest;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SupervisedSubject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 信用名单 (docs/credit.md): POST /api/credit-listings proposes a listing (heads; 403 before any check);
 * GET /api/credit-listings/{no}, …/timeline and GET /api/credit-listings?subjectId=&kind=&status= read them (the
 * listing unit, the subject's district, the coordination group, the supervisors; 404 to anyone else); the listing
 * unit records what the party filed: …/removal-applications and …/objections (officers and heads), …/revocation
 * (heads). 409 when the listing does not wait for it.
 */
@RestController
@RequestMapping("/api/credit-listings")
public class CreditListingController {

  static final int MAX_RESULTS = 200;

  private final CreditListingIntakeService intake;
  private final CreditRequestService requests;
  private final CreditListingMapper listings;
  private final GovernanceEvents events;
  private final ListingTimeline timelines;
  private final SubjectRegistry subjects;
  private final OrganizationService organization;
  private final ReadPolicy readPolicy;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;

  public CreditListingController(CreditListingIntakeService intake, CreditRequestService requests,
      CreditListingMapper listings, GovernanceEvents events, ListingTimeline timelines, SubjectRegistry subjects,
      OrganizationService organization, ReadPolicy readPolicy, CurrentUser currentUser,
      AuthorizationService authorizationService) {
    this.intake = intake;
    this.requests = requests;
    this.listings = listings;
    this.events = events;
    this.timelines = timelines;
    this.subjects = subjects;
    this.organization = organization;
    this.readPolicy = readPolicy;
    this.currentUser = currentUser;
    this.authorizationService = authorizationService;
  }

  /** A listing with its subject's name, its notices to departments, what the party filed and its steps. */
  public record ListingView(CreditListing listing, String kindLabel, String statusLabel, String subjectName,
      List<CreditNotice> notices, List<CreditListingRequest> requests, List<RecordEvent> events) {
  }

  @PostMapping
  public ResponseEntity<Proposed> propose(@RequestBody ListingRequest request) {
    if (!authorizationService.isUserAuthorized(currentUser.userId(), currentUser.groupIds(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, CreditListingProcess.PROCESS_KEY)) {
      throw new AuthorizationException(currentUser.userId(), ProcessDefinitionPermissions.CREATE_INSTANCE.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), CreditListingProcess.PROCESS_KEY);
    }
    Proposed proposed = intake.propose(request, currentUser.userId(), currentUser.groupIds());
    return ResponseEntity.created(URI.create("/api/credit-listings/" + proposed.listingNo())).body(proposed);
  }

  @GetMapping("/{listingNo}")
  public ListingView show(@PathVariable String listingNo) {
    CreditListing listing = readable(listingNo);
    return new ListingView(listing, listing.getKind().label(), listing.getStatus().label(),
        subjects.nameOf(listing.getSubjectId()).orElse(null), listings.findNotices(listing.getId()),
        listings.findRequests(listing.getId()), events.of(GovernanceRecordKind.LISTING, listing.getId()));
  }

  @GetMapping("/{listingNo}/timeline")
  public Timeline timeline(@PathVariable String listingNo) {
    return timelines.of(readable(listingNo));
  }

  /** The listings the caller may read, newest first (at most 200). */
  @GetMapping
  public List<CreditListing> search(@RequestParam(required = false) Long subjectId,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String status) {
    Inputs inputs = new Inputs();
    ListingKind kindValue = kind == null || kind.isBlank() ? null : inputs.readEnum(ListingKind.class, kind, "kind");
    ListingStatus statusValue = status == null || status.isBlank() ? null
        : inputs.readEnum(ListingStatus.class, status, "status");
    inputs.throwIfAny();
    return listings.search(subjectId, kindValue, statusValue, MAX_RESULTS).stream().filter(this::mayRead).toList();
  }

  @PostMapping("/{listingNo}/removal-applications")
  public ResponseEntity<CreditListingRequest> applyForRemoval(@PathVariable String listingNo,
      @RequestBody PartyRequest request) {
    CreditListing listing = workable(listingNo, false);
    CreditListingRequest stored = requests.applyForRemoval(listing, request, currentUser.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(stored);
  }

  @PostMapping("/{listingNo}/objections")
  public ResponseEntity<CreditListingRequest> fileObjection(@PathVariable String listingNo,
      @RequestBody PartyRequest request) {
    CreditListing listing = workable(listingNo, false);
    CreditListingRequest stored = requests.fileObjection(listing, request, currentUser.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(stored);
  }

  @PostMapping("/{listingNo}/revocation")
  public ResponseEntity<Void> revoke(@PathVariable String listingNo, @RequestBody PartyRequest request) {
    CreditListing listing = workable(listingNo, true);
    requests.revoke(listing, request, currentUser.userId());
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(ListingConflict.class)
  ResponseEntity<ApiError> conflict(ListingConflict e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(e.error());
  }

  /** Two requests for the same waiting listing at once: the second finds it moved on. */
  @ExceptionHandler({OptimisticLockingException.class, MismatchingMessageCorrelationException.class})
  ResponseEntity<ApiError> raced(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("CONFLICT",
        "该名单刚被他人同时处理，请刷新后再试", "the listing was changed at the same moment; reload and try again"));
  }

  /** The listing if the caller may read it; otherwise 404, whether it exists or not. */
  private CreditListing readable(String listingNo) {
    return listings.findByNo(listingNo).filter(this::mayRead)
        .orElseThrow(() -> new NotFoundException("信用名单记录不存在或无权查看：" + listingNo,
            "no such listing, or not yours to read: " + listingNo));
  }

  /** Readable, and of the listing unit (its heads, with headsOnly): else 403. */
  private CreditListing workable(String listingNo, boolean headsOnly) {
    CreditListing listing = readable(listingNo);
    boolean allowed = readPolicy.headsUnit(listing.getListingUnit())
        || !headsOnly && readPolicy.worksIn(listing.getListingUnit());
    if (!allowed) {
      throw new AuthorizationException(currentUser.userId(), "UPDATE", "CreditListing", listingNo);
    }
    return listing;
  }

  /** The listing unit, the subject's district bureau, the city-wide readers of listings. */
  private boolean mayRead(CreditListing listing) {
    if (readPolicy.mayRead(CityReaders.LISTINGS, listing.getListingUnit())) {
      return true;
    }
    Optional<String> district = subjects.byId(listing.getSubjectId()).map(SupervisedSubject::getDistrictCode)
        .flatMap(organization::districtByCode).map(OrgUnit::getCode);
    return district.isPresent() && readPolicy.mayRead(CityReaders.LISTINGS, district.get());
  }
}
