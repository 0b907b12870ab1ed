package cn.samr.livestream.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestAdministrator;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.governance.interview.InterviewIntakeService;
import cn.samr.livestream.governance.interview.InterviewKind;
import cn.samr.livestream.governance.interview.InterviewProcess.Element;
import cn.samr.livestream.governance.interview.InterviewProcess.Var;
import cn.samr.livestream.governance.interview.InterviewRequest;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Letters and commitments through the platforms' channel over real HTTP on the real engine and database
 * (docs/governance.md §2.5): only a client with the LETTERS scope (else 403) reads the notices and letters addressed
 * to it (another platform's number 404); its acknowledgement ends the subject's wait in the same transaction (201, the
 * same again 200, other content 409, a notice 409); after the timer came first the acknowledgement is refused (409)
 * and a retry reads what the issuing unit recorded; its report of a commitment brings the check forward.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformLetterApiTest extends PlatformChannelTest {

  static final String LETTERS = "/platform-api/v1/letters";
  static final String COMMITMENTS = "/platform-api/v1/commitments";
  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_HEAD = "district-310113-head";

  @Autowired ManagementService managementService;
  @Autowired InterviewIntakeService intake;
  @Autowired SubjectRegistry subjects;

  long channelSubject;
  long otherSubject;
  Client channel;
  Client other;
  Client ordersOnly;

  @BeforeAll
  void setUp() throws Exception {
    String code = ComplaintFixtures.uniqueCreditCode("310113");
    channelSubject = subjects.resolve(SubjectType.PLATFORM, "函件通道平台" + RUN, code, null, null, "310113").getId();
    String otherCode = ComplaintFixtures.uniqueCreditCode("310113");
    otherSubject = subjects.resolve(SubjectType.PLATFORM, "函件他平台" + RUN, otherCode, null, null, "310113").getId();
    channel = register(clientRequest("lc" + RUN, "函件通道" + RUN, "310113", List.of("LETTERS"), null)
        .put("creditCode", code));
    other = register(clientRequest("lo" + RUN, "函件其他" + RUN, "310113", List.of("LETTERS"), null)
        .put("creditCode", otherCode));
    ordersOnly = register(clientRequest("lx" + RUN, "函件无权" + RUN, "310113", List.of("ORDERS"), null)
        .put("creditCode", code));
  }

  @Test
  void aLetterIsReadAndAcknowledgedOnlyByItsPlatformAndTheAcknowledgementEndsTheWait() throws Exception {
    String pi = letterIssued(InterviewKind.REMINDER_LETTER, "请落实平台经营者资质核验义务" + RUN);
    String letterNo = letterNo(pi);

    Answer listed = platform(channel, "GET", LETTERS + "?status=ISSUED&size=100", null);
    assertThat(listed.status()).as(listed.raw().body()).isEqualTo(200);
    assertThat(listed.body().findValuesAsText("letterNo")).contains(letterNo);
    Answer read = platform(channel, "GET", LETTERS + "/" + letterNo, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("kind").asText()).isEqualTo("REMINDER_LETTER");
    assertThat(read.body().get("kindLabel").asText()).isEqualTo("提醒告诫函");
    assertThat(read.body().get("acknowledgementRequired").asBoolean()).isTrue();
    assertThat(read.body().get("documentNo").asText()).matches("沪.*提醒〔\\d{4}〕\\d+号");
    assertThat(read.body().get("content").asText()).contains("资质核验义务" + RUN);
    assertThat(read.body().get("issuingUnit").asText()).contains("宝山");
    assertThat(read.raw().body()).doesNotContain("district-").doesNotContain("baoshan-head");

    // another platform, or a client without the scope: nothing
    assertThat(platform(other, "GET", LETTERS + "/" + letterNo, null).status()).isEqualTo(404);
    assertThat(platform(other, "GET", LETTERS + "?size=100", null).raw().body()).doesNotContain(letterNo);
    assertThat(platform(ordersOnly, "GET", LETTERS, null).status()).isEqualTo(403);
    // an officer's login does not open the platforms' door, nor does no login
    assertThat(raw("GET", LETTERS, null, basic(TestAdministrator.ID, TestUsers.PASSWORD)).statusCode()).isEqualTo(401);
    assertThat(raw("GET", COMMITMENTS, null, null).statusCode()).isEqualTo(401);
    assertThat(platform(ordersOnly, "POST", LETTERS + "/" + letterNo + "/acknowledgement",
        acknowledgement(today(), "已收悉").toString()).status()).isEqualTo(403);
    assertThat(platform(other, "POST", LETTERS + "/" + letterNo + "/acknowledgement",
        acknowledgement(today(), "已收悉").toString()).status()).isEqualTo(404);
    // a day of receipt in the future: 400 naming the field, nothing kept
    Answer future = platform(channel, "POST", LETTERS + "/" + letterNo + "/acknowledgement",
        acknowledgement(today().plusDays(1), "已收悉").toString());
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.raw().body()).contains("acknowledgedOn");

    Answer first = platform(channel, "POST", LETTERS + "/" + letterNo + "/acknowledgement",
        acknowledgement(today(), "已收悉，将于本月内完成整改").toString());
    assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
    assertThat(first.body().get("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(first.body().get("acknowledgement").get("note").asText()).isEqualTo("已收悉，将于本月内完成整改");
    // the only subject acknowledged: the letter is closed in the same transaction
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT acknowledged_via FROM interview_subject WHERE platform_letter_no = ?",
        String.class, letterNo)).isEqualTo("PLATFORM");
    assertThat(jdbc.queryForObject("SELECT status FROM interview WHERE process_instance_id = ?", String.class, pi))
        .isEqualTo("CLOSED");

    Answer again = platform(channel, "POST", LETTERS + "/" + letterNo + "/acknowledgement",
        acknowledgement(today(), "已收悉，将于本月内完成整改").toString());
    assertThat(again.status()).isEqualTo(200);
    Answer changed = platform(channel, "POST", LETTERS + "/" + letterNo + "/acknowledgement",
        acknowledgement(today(), "另一说明").toString());
    assertThat(changed.status()).isEqualTo(409);
    assertThat(changed.body().get("code").asText()).isEqualTo("CONFLICT");
  }

  @Test
  void anAcknowledgementAfterTheTimerIsRefusedAndARetryReadsWhatTheUnitRecorded() throws Exception {
    String pi = letterIssued(InterviewKind.GUIDANCE_LETTER, "请建立健全消费者权益保护制度" + RUN);
    String letterNo = letterNo(pi);
    // the timer fires first (the two met at the same moment: the engine lets one of them through)
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi)
        .activityId(Element.ACKNOWLEDGEMENT_DUE_TIMER).singleResult().getId());

    Answer late = platform(channel, "POST", LETTERS + "/" + letterNo + "/acknowledgement",
        acknowledgement(today(), "已收悉").toString());
    assertThat(late.status()).as(late.raw().body()).isEqualTo(409);
    assertThat(late.body().get("code").asText()).isEqualTo("ACKNOWLEDGEMENT_CLOSED");
    // nothing of it kept
    Answer read = platform(channel, "GET", LETTERS + "/" + letterNo, null);
    assertThat(read.body().get("status").asText()).isEqualTo("ISSUED");
    assertThat(read.body().get("acknowledgement").isNull()).isTrue();
    assertThat(read.body().get("bureauRecord").isNull()).isTrue();
    assertThat(jdbc.queryForObject("SELECT acknowledged FROM interview_subject WHERE platform_letter_no = ?",
        Boolean.class, letterNo)).isNull();

    // the unit records it overdue; the platform's retry is refused again and reads that record
    Task record = taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(Element.RECORD_ACKNOWLEDGEMENT).singleResult();
    taskService.complete(record.getId(), Map.of(Var.PAPER_RECEIPT.name(), false));
    Answer retry = platform(channel, "POST", LETTERS + "/" + letterNo + "/acknowledgement",
        acknowledgement(today(), "已收悉").toString());
    assertThat(retry.status()).isEqualTo(409);
    Answer recorded = platform(channel, "GET", LETTERS + "/" + letterNo, null);
    assertThat(recorded.body().get("bureauRecord").asText()).isEqualTo("OVERDUE");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }

  @Test
  void aNoticeOnlyInformsAndAReportedCommitmentBringsTheCheckForward() throws Exception {
    String pi = requested(InterviewKind.INTERVIEW, "约谈事由" + RUN);
    Task notices = task(pi, Element.ISSUE_NOTICES);
    taskService.complete(notices.getId(), Map.of(Var.INTERVIEW_AT.name(), today() + "T00:00", Var.PLACE.name(),
        "宝山区市场监管局会议室", Var.BUREAU_ATTENDEES.name(), "执法人员二名"));
    String noticeNo = letterNo(pi);
    Answer notice = platform(channel, "GET", LETTERS + "/" + noticeNo, null);
    assertThat(notice.body().get("kind").asText()).isEqualTo("INTERVIEW_NOTICE");
    assertThat(notice.body().get("acknowledgementRequired").asBoolean()).isFalse();
    Answer refused = platform(channel, "POST", LETTERS + "/" + noticeNo + "/acknowledgement",
        acknowledgement(today(), "已收悉").toString());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("code").asText()).isEqualTo("NOT_ACKNOWLEDGEABLE");

    Map<String, Object> record = new HashMap<>();
    record.put(Var.ATTENDED.name(), true);
    record.put(Var.PARTY_ATTENDEES.name(), "合规负责人");
    record.put(Var.PROBLEMS.name(), "未落实经营者资质核验");
    record.put(Var.COMMITMENTS_TEXT.name(), today().plusDays(30) + " 完成平台内经营者资质全面核验");
    taskService.complete(task(pi, Element.RECORD_INTERVIEW).getId(), record);
    String commitmentNo = jdbc.queryForObject("SELECT c.commitment_no FROM interview_commitment c JOIN interview_subject s"
        + " ON s.id = c.interview_subject_id JOIN interview i ON i.id = s.interview_id WHERE i.process_instance_id = ?",
        String.class, pi);

    Answer open = platform(channel, "GET", COMMITMENTS + "?status=OPEN", null);
    assertThat(open.status()).as(open.raw().body()).isEqualTo(200);
    assertThat(open.body().findValuesAsText("commitmentNo")).contains(commitmentNo);
    assertThat(platform(other, "GET", COMMITMENTS, null).raw().body()).doesNotContain(commitmentNo);
    assertThat(platform(ordersOnly, "GET", COMMITMENTS, null).status()).isEqualTo(403);
    assertThat(platform(other, "POST", COMMITMENTS + "/" + commitmentNo + "/report",
        report(today(), "已完成").toString()).status()).isEqualTo(404);

    Answer reported = platform(channel, "POST", COMMITMENTS + "/" + commitmentNo + "/report",
        report(today(), "已完成平台内经营者资质全面核验").toString());
    assertThat(reported.status()).as(reported.raw().body()).isEqualTo(201);
    assertThat(reported.body().get("report").get("description").asText()).isEqualTo("已完成平台内经营者资质全面核验");
    // the check comes at once, its deadline timer gone
    assertThat(task(pi, Element.CHECK_COMMITMENT)).isNotNull();
    assertThat(managementService.createJobQuery().processInstanceId(pi).activityId(Element.COMMITMENT_DUE_TIMER).count())
        .isZero();
    assertThat(jdbc.queryForObject("SELECT reported_at FROM interview_commitment WHERE commitment_no = ?",
        java.sql.Timestamp.class, commitmentNo)).isNotNull();

    assertThat(platform(channel, "POST", COMMITMENTS + "/" + commitmentNo + "/report",
        report(today(), "已完成平台内经营者资质全面核验").toString()).status()).isEqualTo(200);
    assertThat(platform(channel, "POST", COMMITMENTS + "/" + commitmentNo + "/report",
        report(today(), "另一说法").toString()).status()).isEqualTo(409);
  }

  // ---------------------------------------------------------------- helpers

  private String requested(InterviewKind kind, String issues) {
    return intake.request(new InterviewRequest(kind, List.of(channelSubject), issues, null,
        ViolationCategory.ECOMMERCE, List.of(), null, null), "baoshan-head", List.of(BAOSHAN_HEAD))
        .processInstanceId();
  }

  /** A Baoshan head's letter to the channel's platform, issued: waiting for its acknowledgement. */
  private String letterIssued(InterviewKind kind, String content) {
    String pi = requested(kind, "函件事由" + RUN);
    taskService.complete(task(pi, Element.ISSUE_LETTERS).getId(), Map.of(Var.LETTER_CONTENT.name(), content));
    return pi;
  }

  private String letterNo(String pi) {
    return jdbc.queryForObject("SELECT letter_no FROM platform_letter WHERE process_instance_id = ?", String.class, pi);
  }

  private Task task(String pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private ObjectNode acknowledgement(LocalDate on, String note) {
    return json.createObjectNode().put("acknowledgedOn", on.toString()).put("note", note);
  }

  private ObjectNode report(LocalDate on, String description) {
    return json.createObjectNode().put("fulfilledOn", on.toString()).put("description", description);
  }
}
