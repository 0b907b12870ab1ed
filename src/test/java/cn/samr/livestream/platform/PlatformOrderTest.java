package cn.samr.livestream.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueIntakeService.RegisteredClue;
import cn.samr.livestream.enforcement.clue.ClueProcess.Element;
import cn.samr.livestream.enforcement.clue.ClueProcess.Var;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders to platforms over real HTTP on the real engine and database (issue 14: "a take-down request reaches it and
 * its confirmation moves the process"): clue handling's take-down request reaches the connected platform the clue's
 * live room is on; its confirmation ends the wait for the correction deadline and brings the follow-up check forward;
 * a platform that is the party receives the order to correct itself; without a connected platform the order waits
 * for its deadline as before; another platform sees nothing of it.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformOrderTest extends PlatformChannelTest {

  static final String ORDERS = "/platform-api/v1/orders";

  @Autowired ManagementService managementService;
  @Autowired ClueIntakeService intake;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  String baoshanOfficer;
  Client host;
  Client other;
  String partyCreditCode;
  Client party;

  @BeforeAll
  void setUp(TestUsers users) throws Exception {
    baoshanOfficer = users.create("po-baoshan-" + RUN, "district-310113");
    host = register("ph" + RUN, "测试庚平台" + RUN, "310113", List.of("CLUES", "ORDERS"), null);
    other = register("pk" + RUN, "测试辛平台" + RUN, null, List.of("CLUES", "ORDERS"), null);
    partyCreditCode = ComplaintFixtures.uniqueCreditCode("310113");
    party = register(clientRequest("pp" + RUN, "测试壬平台" + RUN, "310113", List.of("ORDERS"), null)
        .put("creditCode", partyCreditCode));
  }

  @Test
  void aTakeDownRequestReachesThePlatformAndItsConfirmationBringsTheFollowUpCheckForward() throws Exception {
    String externalNo = "C-" + RUN + "-td";
    Answer submitted = platform(host, "POST", "/platform-api/v1/clues", clue(externalNo).toString());
    assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
    String clueNo = submitted.body().get("clueNo").asText();
    String pi = jdbc.queryForObject("SELECT process_instance_id FROM clue WHERE clue_no = ?", String.class, clueNo);
    ClueFixtures.runToOrder(runtimeService, taskService, pi);

    // a take-down asked for without saying what: refused, nothing sent, the order still to issue
    Map<String, Object> incomplete = order("TAKE_DOWN_ITEM", " ");
    assertThatThrownBy(() -> ClueFixtures.complete(taskService, pi, Element.ISSUE_ORDER, incomplete))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("platformActionDetail");
    assertThat(orderRows(pi)).isZero();

    ClueFixtures.complete(taskService, pi, Element.ISSUE_ORDER,
        order("TAKE_DOWN_ITEM", "下架直播间内宣称治疗功效的商品链接 https://example.invalid/item/" + RUN));
    String orderNo = (String) runtimeService.getVariable(pi, Var.PLATFORM_ORDER_NO.name());
    // what the platform must do is in the order, not on the instance (a form field for one command, issue 15)
    assertThat(runtimeService.getVariables(pi)).doesNotContainKeys(Var.PLATFORM_ACTION.name(),
        Var.PLATFORM_ACTION_DETAIL.name());
    assertThat(orderNo).startsWith("ZL-");
    assertThat(waitingAt(pi)).containsExactly(Element.AWAIT_CORRECTION);

    Answer listed = platform(host, "GET", ORDERS + "?status=ISSUED&size=100", null);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body().findValuesAsText("orderNo")).contains(orderNo);
    Answer read = platform(host, "GET", ORDERS + "/" + orderNo, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("kind").asText()).isEqualTo("TAKE_DOWN_ITEM");
    assertThat(read.body().get("kindLabel").asText()).isEqualTo("下架违法商品或链接");
    assertThat(read.body().get("status").asText()).isEqualTo("ISSUED");
    assertThat(read.body().get("requirement").asText()).contains("https://example.invalid/item/" + RUN);
    assertThat(read.body().get("issuingUnit").asText()).contains("宝山");
    assertThat(read.body().get("clueExternalNo").asText()).isEqualTo(externalNo);
    assertThat(read.body().get("parties").findValuesAsText("accountId")).containsExactly("room-" + RUN);
    assertThat(read.body().get("overdue").asBoolean()).isFalse();
    // what the platform is to do, never the clue's findings, the order's text to the party, officers or the unit code
    assertThat(read.raw().body()).doesNotContain("经调取回放").doesNotContain("责令你单位").doesNotContain("district-")
        .doesNotContain(baoshanOfficer);

    // another platform: nothing
    assertThat(platform(other, "GET", ORDERS + "/" + orderNo, null).status()).isEqualTo(404);
    assertThat(platform(other, "GET", ORDERS + "?size=100", null).raw().body()).doesNotContain(orderNo);

    // a bad confirmation changes nothing
    Answer bad = platform(host, "POST", ORDERS + "/" + orderNo + "/confirmation",
        confirmation(LocalDate.now(clock).plusDays(1), "已下架").toString());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.raw().body()).contains("completedOn");
    assertThat(waitingAt(pi)).containsExactly(Element.AWAIT_CORRECTION);

    ObjectNode confirmation = confirmation(LocalDate.now(clock), "已下架该直播间商品链接2条并冻结店铺推广权限");
    Answer confirmed = platform(host, "POST", ORDERS + "/" + orderNo + "/confirmation", confirmation.toString());
    assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(201);
    assertThat(confirmed.body().get("status").asText()).isEqualTo("CONFIRMED");
    assertThat(confirmed.body().get("confirmation").get("late").asBoolean()).isFalse();
    // the wait ends before the deadline: the follow-up check is open now, its timer gone
    assertThat(waitingAt(pi)).containsExactly(Element.FOLLOW_UP_CHECK);
    assertThat(managementService.createJobQuery().processInstanceId(pi).activityId(Element.CORRECTION_DEADLINE_TIMER)
        .count()).isZero();
    String reply = (String) runtimeService.getVariable(pi, Var.PLATFORM_REPLY.name());
    assertThat(reply).contains(host.platformName()).contains("处置2项").contains(orderNo).contains("须复查核实")
        .doesNotContain("冻结店铺");

    // a retry is answered as before; other content is a conflict
    Answer retry = platform(host, "POST", ORDERS + "/" + orderNo + "/confirmation", confirmation.toString());
    assertThat(retry.status()).isEqualTo(200);
    Answer changed = platform(host, "POST", ORDERS + "/" + orderNo + "/confirmation",
        confirmation(LocalDate.now(clock), "另一种说法").toString());
    assertThat(changed.status()).isEqualTo(409);
    assertThat(platform(host, "GET", ORDERS + "?status=ISSUED&size=100", null).raw().body()).doesNotContain(orderNo);

    // officers see both steps on the clue's timeline and the order in the live room's history
    Answer timeline = officer(baoshanOfficer, "GET", "/api/clues/" + clueNo + "/timeline", null);
    assertThat(timeline.raw().body()).contains("向平台下发指令").contains("已下发").contains("平台确认处置")
        .contains("按期确认").contains("冻结店铺推广权限");
    Long subjectId = jdbc.queryForObject("SELECT subject_id FROM platform_order_subject s JOIN platform_order o "
        + "ON o.id = s.order_id WHERE o.order_no = ?", Long.class, orderNo);
    Answer history = officer(baoshanOfficer, "GET", "/api/subjects/" + subjectId + "/history", null);
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.body().get("orders").findValuesAsText("orderNo")).contains(orderNo);

    // the check still verifies it
    ClueFixtures.complete(taskService, pi, Element.FOLLOW_UP_CHECK, Map.of(Var.CORRECTED.name(), true,
        Var.TAKEN_DOWN.name(), true, Var.CHECK_NOTE.name(), "经核实，商品链接已下架"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }

  @Test
  void aPlatformThatIsThePartyReceivesTheOrderToCorrectWithItsNumber() throws Exception {
    RegisteredClue clue = intake.register(clueAbout(new ClueRequest.Subject(SubjectType.PLATFORM, party.platformName(),
        partyCreditCode, null, null, "310113")), baoshanOfficer);
    ClueFixtures.runToOrder(runtimeService, taskService, clue.processInstanceId());
    ClueFixtures.complete(taskService, clue.processInstanceId(), Element.ISSUE_ORDER, order("NONE", null));

    Answer orders = platform(party, "GET", ORDERS + "?size=10", null);
    assertThat(orders.status()).isEqualTo(200);
    assertThat(orders.body()).hasSize(1);
    assertThat(orders.body().get(0).get("kind").asText()).isEqualTo("CORRECTION");
    assertThat(orders.body().get(0).get("documentNo").asText()).contains("责改");
    assertThat(orders.body().get(0).get("requirement").asText()).startsWith("责令你单位");
    assertThat(orders.body().get(0).path("clueExternalNo").isTextual()).isFalse();
    assertThat(waitingAt(clue.processInstanceId())).containsExactly(Element.AWAIT_CORRECTION);
  }

  @Test
  void withoutAConnectedPlatformTheOrderWaitsForItsDeadlineAndAConfirmationAfterItIsLate() throws Exception {
    // monitoring found it on 测试平台, which is not connected: the request is noted for paper service
    RegisteredClue offline = intake.register(ClueFixtures.monitoringFinding(now().minusDays(1)), baoshanOfficer);
    ClueFixtures.runToOrder(runtimeService, taskService, offline.processInstanceId());
    ClueFixtures.complete(taskService, offline.processInstanceId(), Element.ISSUE_ORDER,
        order("SUSPEND_ROOM", "暂停该直播间直播"));
    assertThat(runtimeService.getVariable(offline.processInstanceId(), Var.PLATFORM_ORDER_NO.name())).isNull();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clue_event WHERE clue_id = ? AND step = 'PLATFORM_ORDER' "
        + "AND decision = 'NOT_SENT'", Long.class, offline.clueId())).isOne();
    managementService.executeJob(timer(offline.processInstanceId()).getId());
    assertThat(waitingAt(offline.processInstanceId())).containsExactly(Element.FOLLOW_UP_CHECK);

    // a connected platform that answers after the deadline: recorded as late and shown on the open check
    String externalNo = "C-" + RUN + "-late";
    String pi = submitted(externalNo);
    ClueFixtures.runToOrder(runtimeService, taskService, pi);
    ClueFixtures.complete(taskService, pi, Element.ISSUE_ORDER, order("DELETE_CONTENT", "删除该场直播回放"));
    String orderNo = (String) runtimeService.getVariable(pi, Var.PLATFORM_ORDER_NO.name());
    jdbc.update("UPDATE platform_order SET respond_by = ? WHERE order_no = ?", now().minusMinutes(1), orderNo);
    managementService.executeJob(timer(pi).getId());
    assertThat(platform(host, "GET", ORDERS + "/" + orderNo, null).body().get("overdue").asBoolean()).isTrue();
    Answer late = platform(host, "POST", ORDERS + "/" + orderNo + "/confirmation",
        confirmation(LocalDate.now(clock), "已删除回放").toString());
    assertThat(late.status()).as(late.raw().body()).isEqualTo(201);
    assertThat(late.body().get("confirmation").get("late").asBoolean()).isTrue();
    assertThat(waitingAt(pi)).containsExactly(Element.FOLLOW_UP_CHECK);
    assertThat((String) runtimeService.getVariable(pi, Var.PLATFORM_REPLY.name())).contains("逾期确认");
  }

  @Test
  void aMovedCorrectionDeadlineMovesTheOrdersRespondBy() throws Exception {
    String externalNo = "C-" + RUN + "-mv";
    String pi = submitted(externalNo);
    ClueFixtures.runToOrder(runtimeService, taskService, pi);
    ClueFixtures.complete(taskService, pi, Element.ISSUE_ORDER, order("TAKE_DOWN_ITEM", "下架商品"));
    String orderNo = (String) runtimeService.getVariable(pi, Var.PLATFORM_ORDER_NO.name());
    Job timer = timer(pi);
    Date moved = Date.from(timer.getDuedate().toInstant().plus(2, ChronoUnit.DAYS));
    transaction.executeWithoutResult(status -> events.publishEvent(new DeadlineMoved(pi,
        Element.CORRECTION_DEADLINE_TIMER, Deadline.TargetKind.TIMER, timer.getId(), timer.getDuedate(), moved)));
    assertThat(jdbc.queryForObject("SELECT respond_by FROM platform_order WHERE order_no = ?", LocalDateTime.class,
        orderNo)).isEqualTo(Times.toLocal(moved));
  }

  // --- helpers ---

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }

  private static Map<String, Object> order(String platformAction, String detail) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CORRECTION_WORKING_DAYS.name(), 10L);
    variables.put(Var.DOCUMENT_CONTENT.name(), "责令你单位十个工作日内改正虚假宣传行为");
    variables.put(Var.PLATFORM_ACTION.name(), platformAction);
    variables.put(Var.PLATFORM_ACTION_DETAIL.name(), detail);
    return variables;
  }

  private ClueRequest clueAbout(ClueRequest.Subject subject) {
    return new ClueRequest(ClueSource.MONITORING, "JC-" + RUN + "-" + System.nanoTime(), now().minusDays(1),
        ViolationCategory.ADVERTISING, "310113", List.of(subject), "监测发现平台未履行审核义务，放任虚假宣传",
        List.of("https://example.invalid/replay/" + RUN), null);
  }

  /** The host platform submits a clue: its clue-verification instance. */
  private String submitted(String externalNo) throws Exception {
    assertThat(platform(host, "POST", "/platform-api/v1/clues", clue(externalNo).toString()).status()).isEqualTo(201);
    return jdbc.queryForObject("SELECT c.process_instance_id FROM clue c JOIN platform_clue p ON p.clue_id = c.id "
        + "WHERE p.external_no = ?", String.class, externalNo);
  }

  private ObjectNode confirmation(LocalDate completedOn, String action) {
    ObjectNode confirmation = json.createObjectNode();
    confirmation.put("completedOn", completedOn.toString());
    confirmation.put("action", action);
    confirmation.put("itemsHandled", 2);
    return confirmation;
  }

  private List<String> waitingAt(String pi) {
    return runtimeService.getActiveActivityIds(pi);
  }

  private Job timer(String pi) {
    return managementService.createJobQuery().processInstanceId(pi).activityId(Element.CORRECTION_DEADLINE_TIMER)
        .singleResult();
  }

  private long orderRows(String pi) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM platform_order WHERE process_instance_id = ?", Long.class, pi);
  }
}
