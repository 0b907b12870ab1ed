package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.complaint.ComplaintProcess.Element;
import cn.samr.livestream.complaint.ComplaintProcess.Var;
import cn.samr.livestream.shared.Times;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Form fields the listeners record in the domain tables are not kept as process variables (issue 15: each cost an
 * insert, a delete and a history row): the gateways after the task still read them, the domain keeps them, the
 * engine's tables never see them.
 */
@IntegrationTest
class FormFieldVariablesTest {

  static final List<String> VERIFICATION_FIELDS = List.of(Var.SUBSTANTIATED.name(), Var.FACTS.name(),
      Var.REMEDY_REFUND.name(), Var.AMOUNT_OWED.name(), Var.OWED_BY_MERCHANT.name(), Var.VIOLATION_CLUE_FOUND.name());

  @Autowired ComplaintIntakeService intake;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  ComplaintLifecycle lifecycle;
  RegisteredComplaint complaint;

  @BeforeEach
  void registerAndAccept() {
    lifecycle = new ComplaintLifecycle(taskService, runtimeService, identityService);
    complaint = intake.register(ComplaintFixtures.merchantIn("310104", LocalDateTime.now(Times.engineClock())),
        "test");
    taskService.complete(lifecycle.task(complaint.processInstanceId(), Element.ACCEPT_COMPLAINT).getId(),
        Map.of(Var.ACCEPTANCE_DECISION.name(), AcceptanceDecision.ACCEPT.name()));
  }

  @Test
  void theVerificationFormsFieldsReachTheDomainAndTheGatewaysButNoEngineTable() {
    String pi = complaint.processInstanceId();

    taskService.complete(lifecycle.task(pi, Element.VERIFY_COMPLAINT).getId(),
        ComplaintLifecycle.refundOwedByMerchant());

    // the gateways read them: a refund owed, no clue, so the remedy enforcement runs
    assertThat(lifecycle.remedyInstance(pi)).isNotNull();
    assertThat(jdbc.queryForObject("SELECT facts FROM complaint_finding WHERE complaint_id = ?", String.class,
        complaint.complaintId())).isEqualTo(ComplaintLifecycle.refundOwedByMerchant().get(Var.FACTS.name()));
    assertThat(runtimeService.getVariables(pi)).doesNotContainKeys(VERIFICATION_FIELDS.toArray(String[]::new))
        .doesNotContainKey(Var.ACCEPTANCE_DECISION.name())
        .containsEntry(Var.REMEDY_OWED.name(), true);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
        .extracting(HistoricVariableInstance::getName)
        .doesNotContainAnyElementsOf(VERIFICATION_FIELDS).doesNotContain(Var.ACCEPTANCE_DECISION.name())
        .contains(Var.COMPLAINT_ID.name(), Var.REMEDY_OWED.name());
  }

  @Test
  void aFieldStoredByAnEarlierCommandIsRemovedAndKeepsItsHistory() {
    String pi = complaint.processInstanceId();
    runtimeService.setVariable(pi, Var.FACTS.name(), "初步核实记录");

    taskService.complete(lifecycle.task(pi, Element.VERIFY_COMPLAINT).getId(),
        ComplaintLifecycle.refundOwedByMerchant());

    assertThat(runtimeService.getVariables(pi)).doesNotContainKey(Var.FACTS.name());
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi)
        .variableName(Var.FACTS.name()).includeDeleted().singleResult().getState()).isEqualTo("DELETED");
  }
}
