package cn.samr.livestream;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process test classes (*ProcessTest) must cover at least 90% of the flow nodes of the models they
 * drive; the listener is registered for every test class, the others are left out of the measure.
 */
@TestConfiguration
public class TestCoverageSettings {

  public static final double MINIMUM_CLASS_COVERAGE = 0.9;

  @Bean
  public ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return new ProcessEngineCoverageProperties.Builder()
        .addInclusionPatternForTestClasses("*ProcessTest")
        .assertClassCoverageAtLeast(MINIMUM_CLASS_COVERAGE)
        .build();
  }
}
