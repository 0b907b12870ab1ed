package cn.samr.livestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Fails a process test class that covers less than 90% of the flow nodes and sequence flows of a model
 * it is responsible for ({@link ProcessTest#covers()}). Reads the report the coverage plugin writes when
 * the class ends; ordered first so that its afterTestClass runs last, after the report exists.
 */
public class ProcessCoverageGate implements TestExecutionListener, Ordered {

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void afterTestClass(TestContext context) throws Exception {
    ProcessTest declared = AnnotatedElementUtils.findMergedAnnotation(context.getTestClass(), ProcessTest.class);
    if (declared == null || context.getTestException() != null) {
      return;
    }
    File report = new File(TestCoverageSettings.REPORT_DIRECTORY + "/" + context.getTestClass().getName(), "report.json");
    if (!report.isFile()) {
      throw new AssertionError("no process coverage report at " + report);
    }
    JsonNode json = new ObjectMapper().readTree(report);
    Map<String, Integer> totals = new HashMap<>();
    json.get("models").forEach(m -> totals.merge(m.get("key").asText(), m.get("totalElementCount").asInt(), Math::max));
    Map<String, Set<String>> covered = new HashMap<>();
    json.get("suites").forEach(suite -> suite.get("runs").forEach(run -> run.get("events").forEach(event ->
        covered.computeIfAbsent(event.get("modelKey").asText(), k -> new HashSet<>())
            .add(event.get("definitionKey").asText()))));
    StringBuilder shortfalls = new StringBuilder();
    for (String model : declared.covers()) {
      int total = totals.getOrDefault(model, 0);
      double ratio = total == 0 ? 0 : (double) covered.getOrDefault(model, Set.of()).size() / total;
      System.out.printf("process coverage of %s by %s: %.1f%%%n", model, context.getTestClass().getSimpleName(),
          ratio * 100);
      if (ratio < TestCoverageSettings.MINIMUM_MODEL_COVERAGE) {
        shortfalls.append(String.format("%s covered %.1f%% < %.0f%%; ", model, ratio * 100,
            TestCoverageSettings.MINIMUM_MODEL_COVERAGE * 100));
      }
    }
    if (shortfalls.length() > 0) {
      throw new AssertionError(context.getTestClass().getSimpleName() + ": " + shortfalls);
    }
  }
}
