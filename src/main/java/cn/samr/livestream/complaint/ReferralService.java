package cn.samr.livestream.complaint;

import cn.samr.livestream.complaint.ComplaintProcess.Message;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refers complaint matters to enforcement (移送执法): a referral record addressed to the handling unit,
 * then clue-verification started by message {@value Message#CLUE_RECEIVED} with the referral id.
 */
@Service
@Transactional
public class ReferralService {

  public static final String REFERRAL_ID_VARIABLE = "referralId";
  static final String NUMBER_PREFIX = "YS";
  static final String DISPATCHED = "DISPATCHED";
  /** No deployed process listens for the message yet; the referral waits and is visible in /api. */
  static final String AWAITING_DISPATCH = "AWAITING_DISPATCH";

  private static final Logger LOG = LoggerFactory.getLogger(ReferralService.class);

  private final ReferralMapper referrals;
  private final ComplaintWorkflowService workflow;
  private final RemedyService remedies;
  private final DocumentNumbers numbers;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final Clock clock;

  public ReferralService(ReferralMapper referrals, ComplaintWorkflowService workflow, RemedyService remedies,
      DocumentNumbers numbers, RuntimeService runtimeService, RepositoryService repositoryService, Clock clock) {
    this.referrals = referrals;
    this.workflow = workflow;
    this.remedies = remedies;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.clock = clock;
  }

  /** A party delays or refuses deliberately (故意拖延或无理拒绝): a consumer-rights enforcement matter. */
  public Referral referRemedyRefusal(long remedyId, String actor) {
    RemedyObligation remedy = remedies.remedy(remedyId);
    Complaint complaint = workflow.complaint(remedy.getComplaintId());
    Referral referral = newReferral(complaint, ReferralReason.REMEDY_REFUSED, ViolationCategory.CONSUMER_RIGHTS,
        remedy.getPartyRole().label() + "拒不履行退赔义务：" + remedy.getRefusalReason(), actor);
    referral.setRemedyId(remedyId);
    referral.setSubjectId(remedy.getSubjectId());
    store(referral);
    remedies.markReferred(remedyId, referral.getId());
    return dispatch(referral);
  }

  /** A violation clue found while verifying the complaint. */
  public Referral referViolationClue(long complaintId, String actor) {
    Complaint complaint = workflow.complaint(complaintId);
    ComplaintFinding finding = workflow.finding(complaintId);
    Referral referral = newReferral(complaint, ReferralReason.VIOLATION_CLUE, finding.getClueCategory(),
        finding.getClueDescription(), actor);
    store(referral);
    return dispatch(referral);
  }

  public List<Referral> ofComplaint(long complaintId) {
    return referrals.findByComplaint(complaintId);
  }

  /**
   * What enforcement registers as a clue when message {@value Message#CLUE_RECEIVED} names a referral:
   * the referral, its complaint's number and jurisdiction, and the subjects it concerns (the one the
   * referral names, else all the complaint names). Enforcement reads complaints only through this.
   */
  public ReferredMatter referredMatter(long referralId) {
    Referral referral = referrals.findById(referralId)
        .orElseThrow(() -> new NotFoundException("移送记录不存在：" + referralId, "no referral " + referralId));
    Complaint complaint = workflow.complaint(referral.getComplaintId());
    List<Long> subjectIds = referral.getSubjectId() != null ? List.of(referral.getSubjectId())
        : workflow.subjectIds(complaint.getId());
    return new ReferredMatter(referral, complaint.getComplaintNo(), complaint.getJurisdiction(), subjectIds);
  }

  public record ReferredMatter(Referral referral, String complaintNo, String jurisdiction, List<Long> subjectIds) {
  }

  private Referral newReferral(Complaint complaint, ReferralReason reason, ViolationCategory category, String facts,
      String actor) {
    LocalDateTime now = LocalDateTime.now(clock);
    Referral referral = new Referral();
    referral.setReferralNo(numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate()));
    referral.setComplaintId(complaint.getId());
    referral.setCategory(category);
    referral.setReason(reason);
    referral.setFacts("投诉" + complaint.getComplaintNo() + "：" + facts);
    referral.setTargetUnit(complaint.getHandlingUnit());
    referral.setCreatedBy(actor);
    referral.setCreatedAt(now);
    return referral;
  }

  private void store(Referral referral) {
    referral.setStatus(AWAITING_DISPATCH);
    referrals.insert(referral);
    workflow.record(referral.getComplaintId(), ComplaintStep.REFERRAL, referral.getReason().name(),
        referral.getReferralNo() + " → " + referral.getTargetUnit() + "：" + referral.getFacts(), referral.getCreatedBy());
  }

  private Referral dispatch(Referral referral) {
    boolean listening = EngineCalls.asSystem(() -> repositoryService.createProcessDefinitionQuery()
        .messageEventSubscriptionName(Message.CLUE_RECEIVED).count() > 0);
    if (!listening) {
      LOG.warn("No process starts on message {}; referral {} waits for dispatch", Message.CLUE_RECEIVED,
          referral.getReferralNo());
      return referral;
    }
    ProcessInstance clue = EngineCalls.asSystem(() -> runtimeService.createMessageCorrelation(Message.CLUE_RECEIVED)
        .processInstanceBusinessKey(referral.getReferralNo())
        .setVariable(REFERRAL_ID_VARIABLE, referral.getId())
        .correlateStartMessage());
    referral.setStatus(DISPATCHED);
    referral.setProcessInstanceId(clue.getId());
    referrals.updateDispatch(referral.getId(), DISPATCHED, clue.getId());
    return referral;
  }
}
