package cn.samr.livestream.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * The grants name processes by key (supervisors and the monitoring centre per key): a process added to
 * processes/ without its key in {@link ProcessKeys#ALL} would be invisible to them.
 */
class ProcessKeysTest {

  @Test
  void everyDeployedProcessIsListedAndOnlyTheEscalationsAreLeftToTheCoordinationGroup() throws IOException {
    List<String> keys;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      keys = files.filter(p -> p.toString().endsWith(".bpmn")).sorted()
          .flatMap(p -> Bpmn.readModelFromFile(p.toFile()).getModelElementsByType(Process.class).stream())
          .filter(Process::isExecutable).map(Process::getId).toList();
    }
    assertThat(ProcessKeys.ALL).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(ProcessKeys.OVERSEEN).containsExactlyInAnyOrderElementsOf(keys.stream()
        .filter(key -> !key.equals(ProcessKeys.COORDINATION_ESCALATION)).toList());
    assertThat(ProcessKeys.READABLE_BY_OFFICERS).isSubsetOf(ProcessKeys.ALL);
  }
}
