package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.complaint.ComplaintProcess.Element;
import cn.samr.livestream.complaint.ComplaintProcess.Var;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueMapper;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A complaint matter referred to enforcement: the referral runs in its own transaction (an async job,
 * so a failure shows as an incident and never undoes the officer's work) and starts the real
 * clue-verification by message Msg_ClueReceived.
 */
@IntegrationTest
class ComplaintReferralTest {

  @Autowired ComplaintIntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ComplaintMapper complaints;
  @Autowired RemedyMapper remedies;
  @Autowired ReferralMapper referrals;
  @Autowired ClueMapper clues;

  @Test
  void aViolationClueFoundInVerificationBecomesAClue() {
    ProcessInstance pi = accepted();
    Map<String, Object> findings = findings();
    findings.put(Var.VIOLATION_CLUE_FOUND.name(), true);
    findings.put(Var.CLUE_CATEGORY.name(), "ADVERTISING");
    findings.put(Var.CLUE_DESCRIPTION.name(), "直播中宣称化妆品可治疗湿疹");
    complete(pi, Element.VERIFY_COMPLAINT, findings);

    executeJob(pi, Element.REFER_VIOLATION_CLUE);

    long complaintId = complaintId(pi);
    Referral referral = referrals.findByComplaint(complaintId).get(0);
    assertThat(referral.getReason()).isEqualTo(ReferralReason.VIOLATION_CLUE);
    assertThat(referral.getCategory()).isEqualTo(ViolationCategory.ADVERTISING);
    assertClueVerificationStarted(referral);
    assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(Element.CLOSE_COMPLAINT);
    assertThat(runtimeService.getVariable(pi.getId(), Var.OUTCOME.name())).isEqualTo("REFERRED");
  }

  @Test
  void aPartyRefusingToPayIsReferredAsAConsumerRightsClue() {
    ProcessInstance pi = accepted();
    Map<String, Object> findings = findings();
    findings.put(Var.REMEDY_REFUND.name(), true);
    findings.put(Var.AMOUNT_OWED.name(), 299);
    findings.put(Var.OWED_BY_MERCHANT.name(), true);
    complete(pi, Element.VERIFY_COMPLAINT, findings);
    ProcessInstance party = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    complete(party, RemedyProcess.Element.CONFIRM_FULFILMENT, Map.of(
        RemedyProcess.Var.FULFILMENT_OUTCOME.name(), "REFUSED",
        RemedyProcess.Var.REFUSAL_REASON.name(), "商家明确拒绝退款"));

    executeJob(party, RemedyProcess.Element.REFER_REFUSAL);

    RemedyObligation remedy = remedies.findByComplaint(complaintId(pi)).get(0);
    assertThat(remedy.getStatus()).isEqualTo(RemedyStatus.REFERRED);
    Referral referral = referrals.findById(remedy.getReferralId()).orElseThrow();
    assertThat(referral.getReason()).isEqualTo(ReferralReason.REMEDY_REFUSED);
    assertThat(referral.getCategory()).isEqualTo(ViolationCategory.CONSUMER_RIGHTS);
    assertThat(referral.getSubjectId()).isEqualTo(remedy.getSubjectId()).isNotNull();
    assertClueVerificationStarted(referral);
    assertThat(clues.findSubjectIds(clueOf(referral).getId())).containsExactly(remedy.getSubjectId());
    assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(Element.CLOSE_COMPLAINT);
    assertThat(runtimeService.getVariable(pi.getId(), Var.OUTCOME.name())).isEqualTo("REFERRED");
  }

  private void assertClueVerificationStarted(Referral referral) {
    assertThat(referral.getStatus()).isEqualTo("DISPATCHED");
    Clue clue = clueOf(referral);
    assertThat(clue.getReferralId()).isEqualTo(referral.getId());
    assertThat(clue.getSource()).isEqualTo(ClueSource.COMPLAINT_ESCALATION);
    assertThat(clue.getHandlingUnit()).isEqualTo(referral.getTargetUnit());
    assertThat(clue.getFacts()).isEqualTo(referral.getFacts());
    Task verification = taskService.createTaskQuery().processInstanceId(referral.getProcessInstanceId()).singleResult();
    assertThat(verification.getTaskDefinitionKey()).isEqualTo(ClueProcess.Element.VERIFY_CLUE);
    assertThat(taskService.createTaskQuery().taskId(verification.getId()).taskCandidateGroup(referral.getTargetUnit())
        .count()).isEqualTo(1);
  }

  private Clue clueOf(Referral referral) {
    ProcessInstance clueProcess = runtimeService.createProcessInstanceQuery()
        .processInstanceId(referral.getProcessInstanceId()).singleResult();
    return clues.findByNo(clueProcess.getBusinessKey()).orElseThrow();
  }

  private ProcessInstance accepted() {
    LocalDateTime received = LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
    RegisteredComplaint registered = intake.register(ComplaintFixtures.baoshanMerchant(received), "test");
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(registered.processInstanceId())
        .singleResult();
    complete(pi, Element.ACCEPT_COMPLAINT, Map.of(Var.ACCEPTANCE_DECISION.name(), "ACCEPT"));
    return pi;
  }

  private static Map<String, Object> findings() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.SUBSTANTIATED.name(), true);
    variables.put(Var.FACTS.name(), "经调取直播回放与订单，投诉属实");
    variables.put(Var.VIOLATION_CLUE_FOUND.name(), false);
    variables.put(Var.REMEDY_WORKING_DAYS.name(), 10);
    return variables;
  }

  private void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
    Task task = task(pi);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    taskService.complete(task.getId(), variables);
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private void executeJob(ProcessInstance pi, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    managementService.executeJob(job.getId());
  }

  private long complaintId(ProcessInstance pi) {
    return complaints.findByNo(pi.getBusinessKey()).orElseThrow().getId();
  }

}
