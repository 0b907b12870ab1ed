package cn.samr.livestream.enforcement.clue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectType;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Clues for tests; each names a fresh subject so that "first offence" is a fact of the test. */
public final class ClueFixtures {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private ClueFixtures() {
  }

  /** Monitoring found a Baoshan live room's false advertising of a cosmetic. */
  public static ClueRequest monitoringFinding(LocalDateTime receivedAt) {
    long n = SEQUENCE.incrementAndGet();
    return new ClueRequest(ClueSource.MONITORING, "JC-" + n, receivedAt, ViolationCategory.ADVERTISING, "310113",
        List.of(new ClueRequest.Subject(SubjectType.ROOM_OPERATOR, "上海测试网络科技有限公司" + n,
            ComplaintFixtures.uniqueCreditCode("310113"), "测试平台", "room-" + n, "310113")),
        "监测发现直播间宣称普通化妆品具有祛斑治疗功效", List.of("https://example.invalid/replay/" + n, "截图" + n + ".png"),
        null);
  }

  /** The clue about a subject in another district (e.g. 310115, Pudong), which then handles it. */
  public static ClueRequest inDistrict(ClueRequest r, String district) {
    return new ClueRequest(r.source(), r.externalNo(), r.receivedAt(), r.category(), district,
        r.subjects().stream().map(s -> new ClueRequest.Subject(s.type(), s.name(),
            ComplaintFixtures.uniqueCreditCode(district), s.platformName(), s.accountId(), district)).toList(),
        r.facts(), r.evidence(), r.reporter());
  }

  /** A real-name report (实名举报) about the same kind of matter. */
  public static ClueRequest realNameReport(LocalDateTime receivedAt) {
    ClueRequest r = monitoringFinding(receivedAt);
    return new ClueRequest(ClueSource.REPORT, r.externalNo(), receivedAt, r.category(), r.district(), r.subjects(),
        "举报人反映：" + r.facts(), r.evidence(),
        new ClueRequest.Reporter("王举报", "13700001111", "310113199001011234", "上海市宝山区某路1号"));
  }

  /** Drives clue-verification from verification to an issued admonition (and the end). */
  public static void runToAdmonition(RuntimeService runtimeService, TaskService taskService, String pi) {
    decide(runtimeService, taskService, pi, "ADMONITION", "当事人已初步整改，以行政告诫为宜");
    complete(taskService, pi, ClueProcess.Element.ISSUE_ADMONITION, Map.of(ClueProcess.Var.DOCUMENT_KIND.name(), "ADMONITION",
        ClueProcess.Var.DOCUMENT_CONTENT.name(), "告诫你单位立即停止虚假宣传"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }

  /** Drives clue-verification from verification to the order to correct (责令改正), which then waits to be issued. */
  public static void runToOrder(RuntimeService runtimeService, TaskService taskService, String pi) {
    decide(runtimeService, taskService, pi, "ORDER_TO_CORRECT", "违法情节较轻，责令限期改正");
    assertThat(taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(ClueProcess.Element.ISSUE_ORDER).count()).isOne();
  }

  /** Verification finds the clue substantiated; the tier is confirmed as {@code tier}, approved if it was changed. */
  private static void decide(RuntimeService runtimeService, TaskService taskService, String pi, String tier,
      String changeReason) {
    complete(taskService, pi, ClueProcess.Element.VERIFY_CLUE, Map.of(ClueProcess.Var.VERIFICATION_ACTION.name(), "SUBMIT_FINDINGS",
        ClueProcess.Var.SUBSTANTIATED.name(), true, ClueProcess.Var.FINDINGS.name(), "经调取回放，宣传内容属实违法"));
    String proposed = (String) runtimeService.getVariable(pi, ClueProcess.Var.PROPOSED_TIER.name());
    Map<String, Object> confirmation = new HashMap<>();
    confirmation.put(ClueProcess.Var.TIER.name(), tier);
    boolean change = !tier.equals(proposed);
    if (change) {
      confirmation.put(ClueProcess.Var.TIER_CHANGE_REASON.name(), changeReason);
    }
    complete(taskService, pi, ClueProcess.Element.CONFIRM_TIER, confirmation);
    if (change) {
      complete(taskService, pi, ClueProcess.Element.APPROVE_TIER_CHANGE, Map.of(ClueProcess.Var.TIER_CHANGE_APPROVED.name(), true,
          ClueProcess.Var.APPROVAL_NOTE.name(), "同意"));
    }
  }

  /** Completes the instance's open task at {@code taskKey}, which must be waiting there. */
  public static void complete(TaskService taskService, String pi, String taskKey, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("waiting at " + taskKey).isNotNull();
    taskService.complete(task.getId(), variables);
  }
}
