package cn.samr.livestream.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every step the services write into an event table has its Chinese label on the timeline. */
class TimelineLabelsTest {

  /**
   * A call such as {@code record(complaintId, "ACCEPTANCE", …)}, {@code event(escalation.getId(), "TRIAGE", …)}
   * or {@code record(id, note != null ? "REMEDY_URGED" : "REMEDY_CONFIRMED", …)}: the step literal(s).
   */
  static final Pattern STEP_CALL = Pattern.compile(
      "\\b(?:record|event)\\(\\s*[\\w.]+(?:\\(\\))?\\s*,\\s*(?:[^,\"();]*\\?\\s*)?\"([A-Z_]+)\"(?:\\s*:\\s*\"([A-Z_]+)\")?");

  static final Map<RecordKind, String> SOURCES = Map.of(
      RecordKind.COMPLAINT, "src/main/java/cn/samr/livestream/complaint",
      RecordKind.CLUE, "src/main/java/cn/samr/livestream/enforcement/clue",
      RecordKind.ESCALATION, "src/main/java/cn/samr/livestream/coordination");

  @Test
  void everyRecordedStepHasALabel() throws IOException {
    for (Map.Entry<RecordKind, String> source : SOURCES.entrySet()) {
      Set<String> steps = steps(Path.of(source.getValue()));
      assertThat(steps).as(source.getKey() + " steps found").hasSizeGreaterThanOrEqualTo(8);
      assertThat(steps).as(source.getKey().name()).allSatisfy(step ->
          assertThat(TimelineLabels.step(source.getKey(), step)).as(step).isNotEqualTo(step));
    }
  }

  @Test
  void decisionsAreLabelledFromTheStepsOwnList() {
    assertThat(TimelineLabels.decision(RecordKind.COMPLAINT, "ACCEPTANCE", "REJECT")).isEqualTo("不予受理");
    assertThat(TimelineLabels.decision(RecordKind.COMPLAINT, "REMEDY_NOTICE", "PLATFORM")).isEqualTo("直播电商平台");
    assertThat(TimelineLabels.decision(RecordKind.COMPLAINT, "MEDIATION_END_NOTICE", "PLATFORM")).isEqualTo("12315平台");
    assertThat(TimelineLabels.decision(RecordKind.CLUE, "CLOSED", "CASE_DECIDED")).isEqualTo("立案查处：已作出处罚决定");
    assertThat(TimelineLabels.decision(RecordKind.CLUE, "EXTENSION_DECISION", "REFUSED")).isEqualTo("不批准");
    assertThat(TimelineLabels.decision(RecordKind.ESCALATION, "TRIAGE", "GUIDANCE MEETING")).isEqualTo("直接答复、专题讨论会");
    assertThat(TimelineLabels.decision(RecordKind.ESCALATION, "FEEDBACK", "CYBERSPACE")).isEqualTo("网信部门");
    assertThat(TimelineLabels.decision(RecordKind.ESCALATION, "MEETING", "2026-03-02")).isNull();
  }

  private static Set<String> steps(Path folder) throws IOException {
    Set<String> steps = new TreeSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher call = STEP_CALL.matcher(Files.readString(file));
        while (call.find()) {
          steps.add(call.group(1));
          if (call.group(2) != null) {
            steps.add(call.group(2));
          }
        }
      }
    }
    return steps;
  }
}
