package cn.samr.livestream;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Process tests: the whole application with the process-test-coverage plugin in the engine. They get a
 * context of their own because the plugin refuses process work in test classes it does not measure.
 * The class must cover at least 90% of each model it names in {@link #covers()}; the processes it only
 * calls on the way are driven elsewhere and left out of the measure ({@link ProcessCoverageGate}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestCoverageSettings.class, ProcessEngineCoverageConfiguration.class})
@TestExecutionListeners(listeners = ProcessCoverageGate.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {

  /** Keys of the process definitions this class is responsible for covering. */
  String[] covers();
}
