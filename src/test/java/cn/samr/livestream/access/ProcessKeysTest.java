package cn.samr.livestream.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.coordination.CoordinationProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grants name processes by key (supervisors and the monitoring centre per key): a process added to
 * processes/ without its feature declaring it ({@link ProcessAccess}, collected in {@link ProcessKeys#all()})
 * would be invisible to them.
 */
@IntegrationTest
class ProcessKeysTest {

  @Autowired ProcessKeys processKeys;

  @Test
  void everyDeployedProcessIsListedAndOnlyTheEscalationsAreLeftToTheCoordinationGroup() throws IOException {
    List<String> keys;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      keys = files.filter(p -> p.toString().endsWith(".bpmn")).sorted()
          .flatMap(p -> Bpmn.readModelFromFile(p.toFile()).getModelElementsByType(Process.class).stream())
          .filter(Process::isExecutable).map(Process::getId).toList();
    }
    assertThat(processKeys.all()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(processKeys.overseen()).containsExactlyInAnyOrderElementsOf(keys.stream()
        .filter(key -> !key.equals(CoordinationProcess.PROCESS_KEY)).toList());
    assertThat(processKeys.readableByOfficers()).isSubsetOf(processKeys.all());
  }
}
