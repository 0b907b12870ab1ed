package cn.samr.livestream.governance.interview;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.governance.credit.CreditClassService;
import cn.samr.livestream.governance.interview.InterviewProcess.Var;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.subject.InfluenceThresholds;
import cn.samr.livestream.subject.SubjectRegisterService;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Interview proposals (约谈建议, docs/governance.md §2.6, docs/interview.md): the daily run evaluates the rule table for
 * every party with complaints, clues, orders not corrected or commitments not kept in the window, and for each
 * INTERVIEW or REMINDER_LETTER it gives creates an interview (origin PROPOSAL, status PROPOSED) and starts its process
 * at StartEvent_InterviewProposed, in one transaction a proposal. A proposal is only a task for the host unit's heads
 * (审查约谈建议): never an interview by itself. No proposal while the party has an open interview of any form, nor
 * within the cooldown after a declined one.
 *
 * <p>Host unit: the district bureau of the party's register district; the coordination group when the register gives
 * none (a platform registered outside Shanghai, a subject without a district).
 */
@Service
public class InterviewProposals {

  static final int BATCH = 500;
  static final String ORIGIN = "PROPOSAL";
  /** 主体角色 of the rule table: the first of these the party holds (docs/governance.md §2.6). */
  static final List<SubjectType> ROLE_ORDER = List.of(SubjectType.PLATFORM, SubjectType.STREAMER,
      SubjectType.ROOM_OPERATOR, SubjectType.AGENCY, SubjectType.MERCHANT);
  private static final Logger LOG = LoggerFactory.getLogger(InterviewProposals.class);

  private final InterviewMapper interviews;
  private final InterviewWorkflowService workflow;
  private final InterviewIntakeService intake;
  private final InterviewProposalRule rule;
  private final SubjectRegistry registry;
  private final SubjectRegisterService register;
  private final OrganizationService organization;
  private final DocumentNumbers numbers;
  private final RuntimeService runtimeService;
  private final CommandExecutor newTransaction;
  private final ObjectMapper json;
  private final Clock clock;
  private final int windowDays;
  private final int cooldownDays;

  public InterviewProposals(InterviewMapper interviews, InterviewWorkflowService workflow,
      InterviewIntakeService intake, InterviewProposalRule rule, SubjectRegistry registry,
      SubjectRegisterService register, OrganizationService organization, DocumentNumbers numbers,
      RuntimeService runtimeService, ProcessEngine engine, ObjectMapper json, Clock clock,
      @Value("${livestream.governance.interview.proposal-window-days:90}") int windowDays,
      @Value("${livestream.governance.interview.proposal-cooldown-days:180}") int cooldownDays) {
    if (windowDays < 1 || cooldownDays < 1) {
      throw new IllegalArgumentException("livestream.governance.interview.proposal-window-days and "
          + "proposal-cooldown-days must be at least 1, were " + windowDays + " and " + cooldownDays);
    }
    this.interviews = interviews;
    this.workflow = workflow;
    this.intake = intake;
    this.rule = rule;
    this.registry = registry;
    this.register = register;
    this.organization = organization;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.newTransaction = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequiresNew();
    this.json = json;
    this.clock = clock;
    this.windowDays = windowDays;
    this.cooldownDays = cooldownDays;
  }

  /** A proposal made: its interview and the instance waiting at 审查约谈建议. */
  public record Proposed(long interviewId, String interviewNo, String processInstanceId) {
  }

  /** What a daily run did. */
  public record Summary(long evaluated, long proposed, long failed) {
  }

  // ---------------------------------------------------------------- the daily run

  /**
   * The daily run (governance-daily, Task_ProposeInterviews): every party named by a record in the window, in batches
   * of {@value #BATCH} register ids, a progress line per batch. A proposal that fails is logged and left for the next
   * day; the others stand.
   */
  public Summary proposeAll() {
    LocalDate today = LocalDate.now(clock);
    LocalDateTime since = today.minusDays(windowDays).atStartOfDay();
    LocalDateTime commitmentsSince = today.minusYears(1).atStartOfDay();
    InfluenceThresholds thresholds = register.thresholds();
    InterviewProposalRule.Version version = rule.latest();
    Set<Long> seen = new HashSet<>();
    long evaluated = 0;
    long proposed = 0;
    long failed = 0;
    long after = 0;
    List<Long> batch;
    while (!(batch = interviews.findActiveSubjectIdsAfter(after, since, since.toLocalDate(), commitmentsSince,
        BATCH)).isEmpty()) {
      for (long id : batch) {
        Optional<Long> party = registry.survivorOf(id);
        if (party.isEmpty() || !seen.add(party.get())) {
          continue;
        }
        evaluated++;
        try {
          if (proposeIfDue(party.get(), thresholds, version).isPresent()) {
            proposed++;
          }
        } catch (RuntimeException e) {
          failed++;
          LOG.warn("interview proposal for subject {} failed, the next daily run tries again: {}", party.get(),
              e.toString());
        }
      }
      after = batch.get(batch.size() - 1);
      LOG.info("约谈建议每日计算：已评估 {} 个主体，生成建议 {} 件 / interview proposals: {} subjects evaluated, {} proposed",
          evaluated, proposed, evaluated, proposed);
    }
    return new Summary(evaluated, proposed, failed);
  }

  /**
   * Evaluates the party now and proposes what the table gives; empty when the party has an open interview, is in
   * its cooldown, or the table gives NONE or a value the code does not know.
   */
  public Optional<Proposed> proposeIfDue(long subjectId) {
    return proposeIfDue(subjectId, register.thresholds(), rule.latest());
  }

  private Optional<Proposed> proposeIfDue(long subjectId, InfluenceThresholds thresholds,
      InterviewProposalRule.Version version) {
    Optional<SupervisedSubject> subject = registry.byId(subjectId);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    List<Long> ids = registry.idsOf(subject.get().getId());
    if (blocked(ids)) {
      return Optional.empty();
    }
    ProposalFacts facts = facts(subject.get(), ids, thresholds);
    Optional<InterviewProposalRule.Outcome> outcome = version.evaluate(facts);
    if (outcome.isEmpty() || outcome.get().proposal().kind().isEmpty()) {
      return Optional.empty();
    }
    return propose(subject.get().getId(), outcome.get().proposal().kind().get(), outcome.get().reason(), facts,
        outcome.get().decisionVersion());
  }

  /** The rule table's inputs for the party (ids: it and the records merged into it), counted back from today. */
  public ProposalFacts facts(SupervisedSubject subject, List<Long> ids, InfluenceThresholds thresholds) {
    LocalDate today = LocalDate.now(clock);
    LocalDateTime since = today.minusDays(windowDays).atStartOfDay();
    ProposalCounts counts = interviews.proposalCounts(ids, since, since.toLocalDate(),
        today.minusYears(1).atStartOfDay());
    return new ProposalFacts(role(subject), counts.getComplaintsInWindow(), counts.getSubstantiatedCluesInWindow(),
        counts.getOrdersNotCorrectedInWindow(), counts.getFailedCommitments(),
        CreditClassService.influential(subject, thresholds),
        subject.getCreditClass() == null ? "" : subject.getCreditClass().name());
  }

  static String role(SupervisedSubject subject) {
    return ROLE_ORDER.stream().filter(subject.getRoles()::contains).findFirst()
        .or(() -> Optional.ofNullable(subject.getSubjectType()).filter(ROLE_ORDER::contains))
        .map(SubjectType::name).orElse("");
  }

  private boolean blocked(List<Long> ids) {
    return !interviews.findOpenNumbers(null, ids).isEmpty()
        || interviews.countDeclinedProposalsSince(ids, LocalDateTime.now(clock).minusDays(cooldownDays)) > 0;
  }

  // ---------------------------------------------------------------- one proposal

  /**
   * Creates the proposal and starts its process (message Msg_InterviewProposed with interviewId), in a transaction of
   * its own; empty when, with the party's row locked, an open interview or a declined proposal in the cooldown is
   * found after all.
   */
  public Optional<Proposed> propose(long subjectId, InterviewKind kind, String reason, ProposalFacts facts,
      int decisionVersion) {
    return newTransaction.execute(context -> proposeNow(subjectId, kind, reason, facts, decisionVersion));
  }

  private Optional<Proposed> proposeNow(long subjectId, InterviewKind kind, String reason, ProposalFacts facts,
      int decisionVersion) {
    SupervisedSubject subject = registry.byId(subjectId).orElseThrow();
    List<Long> ids = registry.idsOf(subject.getId());
    // a request naming the party at the same moment waits here, and finds this proposal open afterwards
    interviews.lockSubjects(ids);
    if (blocked(ids)) {
      return Optional.empty();
    }
    OrgUnit host = hostUnit(subject);
    LocalDateTime now = LocalDateTime.now(clock);
    String why = reason == null || reason.isBlank() ? "规则表建议" : reason.trim();
    Interview interview = new Interview();
    interview.setInterviewNo(numbers.nextDaily(InterviewIntakeService.NUMBER_PREFIX, now.toLocalDate()));
    interview.setKind(kind);
    interview.setOrigin(ORIGIN);
    interview.setStatus(InterviewStatus.PROPOSED);
    interview.setHostUnit(host.getCode());
    interview.setIssues(cut(why, InterviewWorkflowService.TEXT));
    interview.setProposalReason(cut(why, InterviewWorkflowService.SHORT_TEXT));
    interview.setProposalFacts(snapshot(facts, decisionVersion));
    interview.setRequestedBy(Actors.SYSTEM);
    interview.setRequestedAt(now);
    interviews.insert(interview);
    InterviewSubject row = new InterviewSubject();
    row.setInterviewId(interview.getId());
    row.setSubjectId(subject.getId());
    interviews.insertSubject(row);
    workflow.event(interview.getId(), InterviewStep.PROPOSED, kind.name(),
        kind.label() + "：" + subject.getName() + "；理由：" + why + "；" + facts.text(windowDays), Actors.SYSTEM);
    ProcessInstance instance = runtimeService.createMessageCorrelation(InterviewProcess.Message.INTERVIEW_PROPOSED)
        .processInstanceBusinessKey(interview.getInterviewNo())
        .setVariables(intake.startVariables(interview))
        .correlateStartMessage();
    interview = workflow.interview(interview.getId());
    interview.setProcessInstanceId(instance.getId());
    interviews.update(interview);
    return Optional.of(new Proposed(interview.getId(), interview.getInterviewNo(), instance.getId()));
  }

  /** The district bureau of the party's register district, else the coordination group. */
  OrgUnit hostUnit(SupervisedSubject subject) {
    return organization.districtByCode(subject.getDistrictCode())
        .or(() -> organization.unit(CityGroups.COORDINATION))
        .orElseThrow(() -> new IllegalStateException("no host unit for subject " + subject.getId()));
  }

  private String snapshot(ProposalFacts facts, int decisionVersion) {
    Map<String, Object> snapshot = new LinkedHashMap<>(facts.variables());
    snapshot.put("windowDays", windowDays);
    snapshot.put("decisionVersion", decisionVersion);
    try {
      return cut(json.writeValueAsString(snapshot), 1000);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- 审查约谈建议

  /** What the review task shows (task-local, read-only): the rule's reason and the facts it read. */
  public String reasonText(long interviewId) {
    return workflow.interview(interviewId).getProposalReason();
  }

  public String factsText(long interviewId) {
    Interview interview = workflow.interview(interviewId);
    try {
      Map<?, ?> snapshot = json.readValue(interview.getProposalFacts(), Map.class);
      ProposalFacts facts = new ProposalFacts(String.valueOf(snapshot.get("subjectRole")),
          number(snapshot.get("complaintsInWindow")), number(snapshot.get("substantiatedCluesInWindow")),
          number(snapshot.get("ordersNotCorrectedInWindow")), number(snapshot.get("failedCommitments")),
          Boolean.TRUE.equals(snapshot.get("influential")), String.valueOf(snapshot.get("creditClass")));
      Object window = snapshot.get("windowDays");
      return facts.text(window == null ? windowDays : (int) number(window)) + "（规则表第"
          + snapshot.get("decisionVersion") + "版）";
    } catch (JsonProcessingException | RuntimeException e) {
      return interview.getProposalFacts();
    }
  }

  /**
   * 审查约谈建议: the host unit's heads accept the proposal, in a form they may change (约谈 or one of the two letters),
   * optionally with the issues in their words, which is their
   * approval; or decline it with a reason, which starts the cooldown. Returns the form accepted, empty when declined.
   */
  public Optional<InterviewKind> review(long interviewId, Boolean accepted, String kind, String issues, String note,
      String actor) {
    Inputs inputs = new Inputs()
        .require(accepted != null, Var.PROPOSAL_ACCEPTED.name(), "请选择是否采纳建议", "accept or decline the proposal")
        .require(accepted == null || accepted || InterviewWorkflowService.notBlank(note), Var.REVIEW_NOTE.name(),
            "不采纳须说明理由", "declining needs a reason")
        .require(InterviewWorkflowService.fits(note, InterviewWorkflowService.SHORT_TEXT), Var.REVIEW_NOTE.name(),
            "不超过500字", "at most 500 characters")
        .require(InterviewWorkflowService.fits(issues, InterviewWorkflowService.TEXT), Var.ISSUES.name(),
            "不超过2000字", "at most 2000 characters");
    Interview interview = workflow.interview(interviewId);
    InterviewKind chosen = interview.getKind();
    if (Boolean.TRUE.equals(accepted)) {
      if (kind != null && !kind.isBlank()) {
        chosen = inputs.readEnum(InterviewKind.class, kind, Var.ACCEPTED_KIND.name());
      }
    }
    inputs.throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock);
    if (accepted) {
      List<Long> subjectIds = interviews.findSubjects(interviewId).stream().map(InterviewSubject::getSubjectId).toList();
      interviews.lockSubjects(subjectIds);
      List<String> open = interviews.findOpenNumbers(chosen, subjectIds).stream()
          .filter(no -> !no.equals(interview.getInterviewNo())).toList();
      new Inputs().require(open.isEmpty(), Var.ACCEPTED_KIND.name(), "已有进行中的约谈 " + String.join("、", open),
          "an interview of this subject is in progress: " + String.join(", ", open)).throwIfAny();
    }
    String previous = interview.getKind().label();
    interview.setApprovedBy(actor);
    interview.setApprovedAt(now);
    interview.setApprovalNote(InterviewWorkflowService.notBlank(note) ? note.trim() : null);
    if (accepted) {
      interview.setKind(chosen);
      if (InterviewWorkflowService.notBlank(issues)) {
        interview.setIssues(issues.trim());
      }
      interview.setStatus(InterviewStatus.NOTICE);
    } else {
      interview.setStatus(InterviewStatus.DECLINED);
      interview.setClosedAt(now);
    }
    interviews.update(interview);
    workflow.event(interviewId, InterviewStep.PROPOSAL_REVIEW, accepted ? "ACCEPTED" : "DECLINED",
        accepted ? chosen.label() + (chosen.label().equals(previous) ? "" : "（建议为" + previous + "）")
            + (interview.getApprovalNote() == null ? "" : "；" + interview.getApprovalNote())
            : interview.getApprovalNote(), actor);
    return accepted ? Optional.of(chosen) : Optional.empty();
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }
}
