package cn.samr.livestream;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The coverage plugin records and reports the *ProcessTest classes (target/process-test-coverage/);
 * {@link ProcessCoverageGate} enforces the minimum per model from those reports. The *ModelTest classes run on
 * an engine of their own ({@link ModelTestEngine}) with mock delegates and stay out of the measure: the gate
 * counts the paths that the real delegates, database and engine set-up have driven.
 */
@TestConfiguration
public class TestCoverageSettings {

  public static final double MINIMUM_MODEL_COVERAGE = 0.9;
  public static final String REPORT_DIRECTORY = "target/process-test-coverage";

  @Bean
  public ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return new ProcessEngineCoverageProperties.Builder()
        .addInclusionPatternForTestClasses("*ProcessTest")
        .reportDirectory(REPORT_DIRECTORY)
        .build();
  }
}
