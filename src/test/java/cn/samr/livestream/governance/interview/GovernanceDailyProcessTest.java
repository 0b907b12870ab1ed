package cn.samr.livestream.governance.interview;

import static cn.samr.livestream.governance.interview.ProposalTestData.clue;
import static cn.samr.livestream.governance.interview.ProposalTestData.commitment;
import static cn.samr.livestream.governance.interview.ProposalTestData.complaint;
import static cn.samr.livestream.governance.interview.ProposalTestData.order;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.governance.credit.GovernanceDailyProcess;
import cn.samr.livestream.governance.interview.InterviewProcess.Element;
import cn.samr.livestream.governance.interview.InterviewProcess.Var;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * governance-daily (信用分类与约谈建议每日计算): its cron timer fires at 5:30, recomputes the classes and then proposes
 * interviews from interview-proposal.dmn — one for the platform with five substantiated clues (its district hosts),
 * a reminder letter for the merchant with an order not corrected, none for a subject below every threshold, none for
 * a subject whose interview is open; the next mornings repeat nothing, neither while the proposal waits nor in the
 * cooldown after the heads declined it.
 */
@ProcessTest(covers = GovernanceDailyProcess.PROCESS_KEY)
class GovernanceDailyProcessTest {

  private static final AtomicLong CODES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired InterviewMapper interviews;
  @Autowired InterviewIntakeService intake;
  @Autowired SubjectRegistry subjects;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theMorningRunProposesFromTheRuleTableAndRepeatsNothing() {
    LocalDateTime due = Times.toLocal(dailyJob().getDuedate());
    at(due.minusHours(6));
    LocalDateTime recently = due.minusDays(3);
    long platform = subject(SubjectType.PLATFORM, "线索多发平台", "310113");
    for (int i = 0; i < 5; i++) {
      clue(jdbc, platform, recently, true);
    }
    long merchant = subject(SubjectType.MERCHANT, "未改正商家", "310115");
    order(jdbc, merchant, null, recently.toLocalDate(), "NOT_CORRECTED");
    long quiet = subject(SubjectType.MERCHANT, "投诉不多商家", "310113");
    for (int i = 0; i < 19; i++) {
      complaint(jdbc, quiet, recently);
    }
    long interviewed = subject(SubjectType.PLATFORM, "约谈中平台", "310113");
    commitment(jdbc, interviewed, "NOT_FULFILLED", recently);
    intake.request(new InterviewRequest(null, List.of(interviewed), "前次约谈承诺未履行", null,
        ViolationCategory.PRODUCT_QUALITY, List.of(), null, null), "baoshan-head", List.of("district-310113-head"));

    // 5:30: the cron timer is due and fires
    at(due);
    runDueDailyJob();

    HistoricProcessInstance run = lastRun();
    Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(run.getId())
        .activityId(GovernanceDailyProcess.Element.PROPOSE_INTERVIEWS).finished().count()).isEqualTo(1);
    Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(run.getId())
        .activityId(GovernanceDailyProcess.Element.END_DAILY_DONE).finished().count()).isEqualTo(1);
    // the next run is due the next morning at 5:30
    Assertions.assertThat(Times.toLocal(dailyJob().getDuedate())).isEqualTo(due.plusDays(1));

    Interview toPlatform = onlyProposalOf(platform);
    Assertions.assertThat(toPlatform.getKind()).isEqualTo(InterviewKind.INTERVIEW);
    Assertions.assertThat(toPlatform.getStatus()).isEqualTo(InterviewStatus.PROPOSED);
    Assertions.assertThat(toPlatform.getHostUnit()).isEqualTo("district-310113");
    Assertions.assertThat(toPlatform.getProposalReason()).isEqualTo("平台内违法线索多发");
    Assertions.assertThat(toPlatform.getProposalFacts()).contains("\"subjectRole\":\"PLATFORM\"")
        .contains("\"substantiatedCluesInWindow\":5").contains("\"windowDays\":90");
    ProcessInstance pi = instance(toPlatform);
    assertThat(pi).isWaitingAt(Element.REVIEW_PROPOSAL);
    assertThat(task(Element.REVIEW_PROPOSAL, pi)).hasCandidateGroup("district-310113-head");

    Interview toMerchant = onlyProposalOf(merchant);
    Assertions.assertThat(toMerchant.getKind()).isEqualTo(InterviewKind.REMINDER_LETTER);
    Assertions.assertThat(toMerchant.getHostUnit()).isEqualTo("district-310115");
    Assertions.assertThat(toMerchant.getProposalReason()).isEqualTo("责令改正逾期未改正");
    assertThat(instance(toMerchant)).isWaitingAt(Element.REVIEW_PROPOSAL);

    Assertions.assertThat(proposalsOf(quiet)).isEmpty();
    Assertions.assertThat(proposalsOf(interviewed)).isEmpty();

    // the next morning: the proposals wait, nothing new
    at(due.plusDays(1));
    runDueDailyJob();
    Assertions.assertThat(proposalsOf(platform)).hasSize(1);
    Assertions.assertThat(proposalsOf(merchant)).hasSize(1);

    // the heads decline the platform's; the morning after, still within the cooldown, it is not proposed again
    complete(task(Element.REVIEW_PROPOSAL, pi), withVariables(Var.PROPOSAL_ACCEPTED.name(), false,
        Var.REVIEW_NOTE.name(), "线索已转立案查处"));
    assertThat(pi).isEnded().hasPassed(Element.END_PROPOSAL_DECLINED);
    at(due.plusDays(2));
    runDueDailyJob();
    Assertions.assertThat(proposalsOf(platform)).singleElement()
        .satisfies(i -> Assertions.assertThat(i.getStatus()).isEqualTo(InterviewStatus.DECLINED));
    Assertions.assertThat(proposalsOf(interviewed)).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private long subject(SubjectType type, String name, String district) {
    String code = "91" + district + String.format("%010d", CODES.incrementAndGet() % 10_000_000_000L);
    return subjects.resolve(type, name + CODES.get(), code, null, null, district).getId();
  }

  private List<Interview> proposalsOf(long subjectId) {
    return interviews.findSubjectRowsOf(List.of(subjectId)).stream()
        .map(row -> interviews.findById(row.getInterviewId()).orElseThrow())
        .filter(i -> "PROPOSAL".equals(i.getOrigin())).toList();
  }

  private Interview onlyProposalOf(long subjectId) {
    List<Interview> found = proposalsOf(subjectId);
    Assertions.assertThat(found).hasSize(1);
    return found.get(0);
  }

  private ProcessInstance instance(Interview interview) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(interview.getProcessInstanceId())
        .singleResult();
  }

  private Job dailyJob() {
    return managementService.createJobQuery().processDefinitionKey(GovernanceDailyProcess.PROCESS_KEY)
        .activityId(GovernanceDailyProcess.Element.START_DAILY).singleResult();
  }

  /** Executes the daily timer if, and only if, it is due at the engine's time. */
  private void runDueDailyJob() {
    Job job = managementService.createJobQuery().processDefinitionKey(GovernanceDailyProcess.PROCESS_KEY)
        .activityId(GovernanceDailyProcess.Element.START_DAILY).executable()
        .singleResult();
    Assertions.assertThat(job).as("the daily timer is due").isNotNull();
    managementService.executeJob(job.getId());
  }

  private HistoricProcessInstance lastRun() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(GovernanceDailyProcess.PROCESS_KEY)
        .orderByProcessInstanceStartTime().desc().list().get(0);
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Times.toDate(time));
  }
}
