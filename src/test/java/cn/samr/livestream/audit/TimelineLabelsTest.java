package cn.samr.livestream.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.complaint.ComplaintStep;
import cn.samr.livestream.complaint.ComplaintTimeline;
import cn.samr.livestream.coordination.EscalationStep;
import cn.samr.livestream.coordination.EscalationTimeline;
import cn.samr.livestream.enforcement.clue.ClueStep;
import cn.samr.livestream.enforcement.clue.ClueTimeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every step the services write into an event table is a constant of the feature's step enum with its
 * Chinese label on the timeline, and its stored code is the one rows written before the enums carry.
 */
class TimelineLabelsTest {

  /**
   * A call with the step as a string literal, such as {@code record(complaintId, "ACCEPTANCE", …)} or
   * {@code record(id, note != null ? "REMEDY_URGED" : "REMEDY_CONFIRMED", …)}: the services write none.
   */
  static final Pattern LITERAL_STEP_CALL = Pattern.compile(
      "\\b(?:record|event)\\(\\s*[\\w.]+(?:\\(\\))?\\s*,\\s*(?:[^,\"();]*\\?\\s*)?\"([A-Z_]+)\"(?:\\s*:\\s*\"([A-Z_]+)\")?");

  /** A feature's event table: where its services live, its step enum and its labels. */
  record Source(String folder, Class<? extends Enum<?>> steps, EventLabels labels) {

    /**
     * A call such as {@code record(complaintId, ComplaintStep.ACCEPTANCE, …)}, {@code event(escalation.getId(),
     * EscalationStep.TRIAGE, …)} or {@code record(id, note != null ? ComplaintStep.REMEDY_URGED :
     * ComplaintStep.REMEDY_CONFIRMED, …)}: the step constant(s).
     */
    Pattern stepCall() {
      String step = steps.getSimpleName() + "\\.([A-Z_]+)";
      return Pattern.compile("\\b(?:record|event)\\(\\s*[\\w.]+(?:\\(\\))?\\s*,\\s*(?:[^,\"();]*\\?\\s*)?" + step
          + "(?:\\s*:\\s*" + step + ")?");
    }
  }

  static final List<Source> SOURCES = List.of(
      new Source("src/main/java/cn/samr/livestream/complaint", ComplaintStep.class, ComplaintTimeline.LABELS),
      new Source("src/main/java/cn/samr/livestream/enforcement/clue", ClueStep.class, ClueTimeline.LABELS),
      new Source("src/main/java/cn/samr/livestream/coordination", EscalationStep.class, EscalationTimeline.LABELS));

  @Test
  void everyRecordedStepHasALabel() throws IOException {
    for (Source source : SOURCES) {
      String kind = source.steps().getSimpleName();
      Set<String> steps = steps(Path.of(source.folder()), source.stepCall());
      assertThat(steps).as(kind + " steps found").hasSizeGreaterThanOrEqualTo(8);
      assertThat(steps).as(kind).allSatisfy(step ->
          assertThat(source.labels().step(step)).as(step).isNotEqualTo(step).isNotBlank());
      assertThat(steps(Path.of(source.folder()), LITERAL_STEP_CALL)).as(kind + " steps written as literals").isEmpty();
    }
  }

  @Test
  void everyStepOfTheEnumsHasItsOwnLabel() {
    for (Source source : SOURCES) {
      assertThat(source.steps().getEnumConstants()).as(source.steps().getSimpleName()).allSatisfy(constant -> {
        TimelineStep step = (TimelineStep) constant;
        assertThat(step.label()).as(step.name()).isNotBlank().isNotEqualTo(step.name());
      });
    }
  }

  /** The codes in the step columns of existing rows: each still has its step, so old rows read as before. */
  @Test
  void storedCodesAreTheOnesExistingRowsCarry() {
    assertThat(names(ComplaintStep.values())).containsExactlyInAnyOrder("ROUTING", "ASSIGNMENT",
        "ACCEPTANCE_REMINDER", "ACCEPTANCE_OVERDUE", "OVERDUE_SUPERVISION", "ACCEPTANCE", "VERIFICATION",
        "MEDIATION_PERIOD_EXCLUDED", "MEDIATION_TERMINATED", "MEDIATION_END_NOTICE", "CLOSING", "REMEDY_NOTICE",
        "REMEDY_URGED", "REMEDY_CONFIRMED", "REFERRAL");
    assertThat(names(ClueStep.values())).containsExactlyInAnyOrder("EXTENSION_REQUEST", "EXTENSION_DECISION",
        "VERIFICATION_REMINDER", "VERIFICATION_OVERDUE", "OVERDUE_SUPERVISION", "VERIFICATION", "TIER_PROPOSED",
        "TIER_CONFIRMED", "TIER_APPROVAL", "TIER_RAISED", "ESCALATION", "PLATFORM_ORDER", "PLATFORM_CONFIRMATION",
        "CLOSED");
    assertThat(names(EscalationStep.values())).containsExactlyInAnyOrder("REPORTED", "TRIAGE", "MEETING",
        "NOTICE_SENT", "FEEDBACK_REMINDER", "FEEDBACK_OVERDUE", "FEEDBACK", "GUIDANCE", "ACKNOWLEDGED");
    assertThat(ComplaintTimeline.LABELS.step("ROUTING")).isEqualTo("分派");
    assertThat(ComplaintTimeline.LABELS.step("MEDIATION_PERIOD_EXCLUDED")).isEqualTo("扣除检定、检验、检测、鉴定期间");
    assertThat(ClueTimeline.LABELS.step("OVERDUE_SUPERVISION")).isEqualTo("核查超期督办");
    assertThat(ComplaintTimeline.LABELS.step("OVERDUE_SUPERVISION")).isEqualTo("超期督办");
    assertThat(EscalationTimeline.LABELS.step("NO_SUCH_STEP")).isEqualTo("NO_SUCH_STEP");
  }

  @Test
  void decisionsAreLabelledFromTheStepsOwnList() {
    assertThat(ComplaintTimeline.LABELS.decision("ACCEPTANCE", "REJECT")).isEqualTo("不予受理");
    assertThat(ComplaintTimeline.LABELS.decision("REMEDY_NOTICE", "PLATFORM")).isEqualTo("直播电商平台");
    assertThat(ComplaintTimeline.LABELS.decision("MEDIATION_END_NOTICE", "PLATFORM")).isEqualTo("12315平台");
    assertThat(ClueTimeline.LABELS.decision("CLOSED", "CASE_DECIDED")).isEqualTo("立案查处：已作出处罚决定");
    assertThat(ClueTimeline.LABELS.decision("EXTENSION_DECISION", "REFUSED")).isEqualTo("不批准");
    assertThat(EscalationTimeline.LABELS.decision("TRIAGE", "GUIDANCE MEETING")).isEqualTo("直接答复、专题讨论会");
    assertThat(EscalationTimeline.LABELS.decision("FEEDBACK", "CYBERSPACE")).isEqualTo("网信部门");
    assertThat(EscalationTimeline.LABELS.decision("MEETING", "2026-03-02")).isNull();
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  private static Set<String> steps(Path folder, Pattern call) throws IOException {
    Set<String> steps = new TreeSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher found = call.matcher(Files.readString(file));
        while (found.find()) {
          steps.add(found.group(1));
          if (found.group(2) != null) {
            steps.add(found.group(2));
          }
        }
      }
    }
    return steps;
  }
}
