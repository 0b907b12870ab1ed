package cn.samr.livestream.governance.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.complaint.RegisteredComplaint;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import cn.samr.livestream.enforcement.clue.ClueIntakeService.RegisteredClue;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueMapper;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.governance.credit.CreditClassChange.Trigger;
import cn.samr.livestream.governance.credit.GovernanceDailyProcess.Element;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.CreditClass;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SupervisedSubject;
import cn.samr.livestream.subject.SupervisedSubjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit risk class follows the facts: computed when a complaint naming the subject commits, changed when enough
 * complaints come in, left alone by a step that rolls back, and lowered by the daily run (governance-daily) once the
 * complaints are more than a year old.
 */
@IntegrationTest
class CreditClassServiceTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ComplaintIntakeService intake;
  @Autowired SubjectRegistry registry;
  @Autowired SupervisedSubjectMapper subjects;
  @Autowired CreditClassService classes;
  @Autowired CreditClassMapper changes;
  @Autowired TransactionTemplate transactions;
  @Autowired ClueIntakeService clueIntake;
  @Autowired ClueMapper clueMapper;
  @Autowired TaskService taskService;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aComplaintGivesItsSubjectsAClassWhenItCommits() {
    ComplaintRequest complaint = ComplaintFixtures.baoshanMerchant(LocalDateTime.now(Times.engineClock()));

    intake.register(complaint, "test");

    SupervisedSubject merchant = merchantOf(complaint);
    assertThat(merchant.getCreditClass()).isEqualTo(CreditClass.A);
    assertThat(merchant.getCreditClassReason()).isEqualTo("无不良记录");
    List<CreditClassChange> logged = changes.findChanges(List.of(merchant.getId()), 10);
    assertThat(logged).singleElement().satisfies(change -> {
      assertThat(change.getOldClass()).isNull();
      assertThat(change.getNewClass()).isEqualTo("A");
      assertThat(change.getChangeTrigger()).isEqualTo(Trigger.EVENT);
      assertThat(change.getDecisionVersion()).isPositive();
      assertThat(change.getInputsJson()).contains("\"complaintsIn1Year\":1").contains("\"seriousListed\":false")
          // the inputs are counts and flags, never who complained
          .doesNotContain(complaint.complainant().name());
    });
  }

  @Test
  void tenComplaintsInAYearMakeTheMerchantBAndTheDailyRunMakesItAAgainAYearLater() {
    LocalDateTime now = LocalDateTime.now(Times.engineClock());
    ComplaintRequest first = ComplaintFixtures.baoshanMerchant(now);
    for (int i = 0; i < 10; i++) {
      intake.register(i == 0 ? first : ComplaintFixtures.againstSameSubjects(first, now), "test");
    }
    SupervisedSubject merchant = merchantOf(first);
    assertThat(merchant.getCreditClass()).isEqualTo(CreditClass.B);
    assertThat(merchant.getCreditClassReason()).isEqualTo("1年内投诉较多");
    assertThat(changes.findChanges(List.of(merchant.getId()), 10)).extracting(CreditClassChange::getNewClass)
        .containsExactly("B", "A");

    // a year and a day later the complaints have slid out of the window; no event says so, the daily run does
    LocalDate later = now.toLocalDate().plusYears(1).plusDays(1);
    ClockUtil.setCurrentTime(Times.toDate(later.atTime(5, 30)));
    Job daily = dailyJob();
    assertThat(Times.toLocal(daily.getDuedate())).isBeforeOrEqualTo(later.atTime(5, 30));
    execute(daily);

    HistoricProcessInstance run = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(GovernanceDailyProcess.PROCESS_KEY).orderByProcessInstanceStartTime().desc().list()
        .get(0);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(run.getId())
        .activityId(Element.END_DAILY_DONE).finished().count()).isEqualTo(1);
    assertThat(run.getEndTime()).isNotNull();
    SupervisedSubject after = registry.byId(merchant.getId()).orElseThrow();
    assertThat(after.getCreditClass()).isEqualTo(CreditClass.A);
    assertThat(changes.findChanges(List.of(merchant.getId()), 1)).singleElement().satisfies(change -> {
      assertThat(change.getOldClass()).isEqualTo("B");
      assertThat(change.getChangeTrigger()).isEqualTo(Trigger.DAILY);
      assertThat(change.getInputsJson()).contains("\"complaintsIn1Year\":0");
    });
    // the next run is due the next morning at 05:30
    assertThat(Times.toLocal(dailyJob().getDuedate())).isEqualTo(later.plusDays(1).atTime(LocalTime.of(5, 30)));
  }

  @Test
  void aStepThatRollsBackLeavesTheClassAsItWas() {
    LocalDateTime now = LocalDateTime.now(Times.engineClock());
    ComplaintRequest first = ComplaintFixtures.baoshanMerchant(now);
    intake.register(first, "test");
    long merchantId = merchantOf(first).getId();

    transactions.executeWithoutResult(status -> {
      for (int i = 0; i < 9; i++) {
        intake.register(ComplaintFixtures.againstSameSubjects(first, now), "test");
      }
      status.setRollbackOnly();
    });

    assertThat(registry.byId(merchantId).orElseThrow().getCreditClass()).isEqualTo(CreditClass.A);
    assertThat(changes.findChanges(List.of(merchantId), 10)).hasSize(1);
  }

  @Test
  void theSameClassWritesNoChange() {
    ComplaintRequest complaint = ComplaintFixtures.baoshanMerchant(LocalDateTime.now(Times.engineClock()));
    intake.register(complaint, "test");
    long merchantId = merchantOf(complaint).getId();

    assertThat(classes.recompute(merchantId, Trigger.MANUAL)).isTrue();

    assertThat(changes.findChanges(List.of(merchantId), 10)).hasSize(1);
    assertThat(classes.recompute(Long.MAX_VALUE, Trigger.MANUAL)).isFalse();
  }

  @Test
  void theTierTableReadsTheSubjectsClassAndASubstantiatedClueChangesIt() {
    RegisteredClue clue = clueIntake.register(ClueFixtures.monitoringFinding(LocalDateTime.now(Times.engineClock())),
        "test");
    List<Long> clueSubjects = clueMapper.findSubjectIds(clue.clueId());
    long subject = clueSubjects.get(0);
    // as if earlier penalties had made it D
    registry.setCreditClass(subject, CreditClass.D, LocalDateTime.now(Times.engineClock()), "3年内有涉嫌犯罪移送");

    ClueFixtures.complete(taskService, clue.processInstanceId(), ClueProcess.Element.VERIFY_CLUE,
        Map.of(ClueProcess.Var.VERIFICATION_ACTION.name(), "SUBMIT_FINDINGS", ClueProcess.Var.SUBSTANTIATED.name(), true,
            ClueProcess.Var.FINDINGS.name(), "经调取回放，宣传内容属实违法"));

    HistoricDecisionInstance tier = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(clue.processInstanceId()).decisionDefinitionKey("response-tier").includeInputs()
        .singleResult();
    assertThat(tier.getInputs()).filteredOn(input -> "Input_SubjectCreditClass".equals(input.getClauseId()))
        .singleElement().extracting(HistoricDecisionInputInstance::getValue).isEqualTo("D");
    // the finding committed with the class recomputed from the facts: one substantiated clue, nothing else
    SupervisedSubject after = registry.byId(subject).orElseThrow();
    assertThat(after.getCreditClass()).isEqualTo(CreditClass.B);
    assertThat(after.getCreditClassReason()).isEqualTo("1年内有线索查证属实");
    assertThat(changes.findChanges(List.of(subject), 1)).singleElement()
        .satisfies(change -> assertThat(change.getOldClass()).isEqualTo("D"));
  }

  @Test
  void theRoutingTableReadsTheNamedSubjectsHighestClass() {
    LocalDateTime now = LocalDateTime.now(Times.engineClock());
    ComplaintRequest first = ComplaintFixtures.baoshanMerchant(now);
    intake.register(first, "test");
    registry.setCreditClass(merchantOf(first).getId(), CreditClass.D, now, "3年内有涉嫌犯罪移送");

    RegisteredComplaint second = intake.register(ComplaintFixtures.againstSameSubjects(first, now), "test");

    HistoricDecisionInstance routing = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(second.processInstanceId()).decisionDefinitionKey(ComplaintProcess.ROUTING_DECISION_KEY)
        .includeInputs().singleResult();
    assertThat(routing.getInputs()).filteredOn(input -> "Input_SubjectCreditClass".equals(input.getClauseId()))
        .singleElement().extracting(HistoricDecisionInputInstance::getValue).isEqualTo("D");
  }

  private SupervisedSubject merchantOf(ComplaintRequest complaint) {
    long id = subjects.findByCreditCode(complaint.subjects().merchant().creditCode()).orElseThrow().getId();
    return registry.byId(id).orElseThrow();
  }

  private Job dailyJob() {
    return managementService.createJobQuery().processDefinitionKey(GovernanceDailyProcess.PROCESS_KEY)
        .activityId(Element.START_DAILY).singleResult();
  }
}
