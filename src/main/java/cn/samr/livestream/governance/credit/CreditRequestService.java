package cn.samr.livestream.governance.credit;

import cn.samr.livestream.governance.credit.CreditListingProcess.Message;
import cn.samr.livestream.governance.credit.CreditListingProcess.Var;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.PlainText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import cn.samr.livestream.shared.EngineCalls;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the party files against a listing, recorded by the listing unit's officers and passed to the waiting
 * listing by message in the same transaction: 移出申请 (SERIOUS_ILLEGAL early removal after the waiting years;
 * ABNORMAL once the ground is cured), 异议 (ABNORMAL, within the objection days of publication) and 撤销列入
 * (SERIOUS_ILLEGAL, the penalty revoked, found unlawful or void).
 */
@Service
@Transactional
public class CreditRequestService {

  static final String RECEIVED_ON = "receivedOn";
  static final String GROUNDS = "grounds";

  private final CreditListingMapper listings;
  private final CreditListingService service;
  private final RuntimeService runtimeService;
  private final CommandExecutor executor;
  private final Clock clock;

  public CreditRequestService(CreditListingMapper listings, CreditListingService service, ProcessEngine engine,
      Clock clock) {
    this.listings = listings;
    this.service = service;
    this.runtimeService = engine.getRuntimeService();
    this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.clock = clock;
  }

  public CreditListingRequest applyForRemoval(CreditListing listing, PartyRequest request, String actor) {
    Inputs inputs = check(listing, request);
    if (listing.getKind() == ListingKind.SERIOUS_ILLEGAL && request.receivedOn() != null && listing.getListedOn() != null) {
      LocalDate earliest = listing.getListedOn().plusYears(service.periods(listing).earlyRemovalAfterYears());
      inputs.require(!request.receivedOn().isBefore(earliest), RECEIVED_ON,
          "列入未满" + service.periods(listing).earlyRemovalAfterYears() + "年，不能申请提前移出（最早" + earliest + "）",
          "early removal may be applied for from " + earliest);
    }
    inputs.throwIfAny();
    awaiting(listing, Message.REMOVAL_APPLIED);
    CreditListingRequest stored = store(listing, RequestKind.REMOVAL, request, actor);
    service.event(listing.getId(), ListingStep.REMOVAL_APPLIED, null, stored.getGrounds(), actor);
    correlate(listing, Message.REMOVAL_APPLIED, stored.getId());
    return stored;
  }

  public CreditListingRequest fileObjection(CreditListing listing, PartyRequest request, String actor) {
    Inputs inputs = check(listing, request);
    inputs.require(listing.getKind() == ListingKind.ABNORMAL, "kind", "只有经营异常名录可提出异议",
        "objections are for the abnormal list only");
    LocalDate from = listing.getPublishedOn() != null ? listing.getPublishedOn() : listing.getListedOn();
    if (from != null && request.receivedOn() != null) {
      int days = service.periods(listing).objectionDays();
      inputs.require(!request.receivedOn().isAfter(from.plusDays(days)), RECEIVED_ON,
          "已超过异议期限（公示之日起" + days + "日，至" + from.plusDays(days) + "）",
          "the objection period ended on " + from.plusDays(days));
    }
    inputs.throwIfAny();
    awaiting(listing, Message.OBJECTION_FILED);
    CreditListingRequest stored = store(listing, RequestKind.OBJECTION, request, actor);
    service.event(listing.getId(), ListingStep.OBJECTION_FILED, null, stored.getGrounds(), actor);
    correlate(listing, Message.OBJECTION_FILED, stored.getId());
    return stored;
  }

  /** 撤销列入: the listing is removed for the reason that its penalty fell. */
  public void revoke(CreditListing listing, PartyRequest request, String actor) {
    Inputs inputs = check(listing, request);
    inputs.require(listing.getKind() == ListingKind.SERIOUS_ILLEGAL, "kind",
        "撤销列入只适用于严重违法失信名单", "revocation is for the serious list only");
    inputs.throwIfAny();
    awaiting(listing, Message.LISTING_REVOKED);
    listing.setRemovalReason(RemovalReason.REVOKED);
    listings.update(listing);
    service.event(listing.getId(), ListingStep.REVOKED, null, request.grounds().trim(), actor);
    EngineCalls.asSystem(executor, () -> {
      runtimeService.createMessageCorrelation(Message.LISTING_REVOKED)
          .processInstanceId(listing.getProcessInstanceId()).correlate();
      return null;
    });
  }

  private Inputs check(CreditListing listing, PartyRequest request) {
    Inputs inputs = new Inputs();
    inputs.require(request.receivedOn() != null && !request.receivedOn().isAfter(LocalDate.now(clock))
            && (listing.getListedOn() == null || !request.receivedOn().isBefore(listing.getListedOn())), RECEIVED_ON,
        "请填写收到日期（列入之后、不晚于今天）", "give the day it was received (after the listing, not after today)");
    inputs.require(request.grounds() != null && !request.grounds().isBlank()
            && request.grounds().length() <= CreditListingService.TEXT
            && PlainText.Validator.isPlain(request.grounds(), true), GROUNDS,
        "请填写理由与材料说明（不超过2000字，不含控制字符）",
        "give the grounds (at most 2000 characters, no control characters)");
    return inputs;
  }

  /** The listing waits for this message now, else 409 (not yet listed, already removed, or a request open). */
  private void awaiting(CreditListing listing, String message) {
    boolean waiting = listing.getProcessInstanceId() != null && EngineCalls.asSystem(executor,
        () -> runtimeService.createEventSubscriptionQuery().processInstanceId(listing.getProcessInstanceId())
            .eventType("message").eventName(message).count() > 0);
    if (!waiting) {
      throw new ListingConflict("该名单当前不能受理此项（状态：" + listing.getStatus().label() + "；或有申请正在办理）",
          "the listing does not take this now (status " + listing.getStatus() + ", or a request is being decided)");
    }
  }

  private CreditListingRequest store(CreditListing listing, RequestKind kind, PartyRequest request, String actor) {
    CreditListingRequest stored = new CreditListingRequest();
    stored.setListingId(listing.getId());
    stored.setKind(kind);
    stored.setReceivedOn(request.receivedOn());
    stored.setGrounds(request.grounds().trim());
    stored.setRecordedBy(actor);
    stored.setRecordedAt(LocalDateTime.now(clock));
    listings.insertRequest(stored);
    return stored;
  }

  /**
   * The listing moves on in this transaction, as the system: who may file was decided by the caller (the listing
   * unit), not by the engine's grants on the instance.
   */
  private void correlate(CreditListing listing, String message, long requestId) {
    EngineCalls.asSystem(executor, () -> {
      runtimeService.createMessageCorrelation(message).processInstanceId(listing.getProcessInstanceId())
          .setVariable(Var.REQUEST_ID.name(), requestId).correlate();
      return null;
    });
  }
}
