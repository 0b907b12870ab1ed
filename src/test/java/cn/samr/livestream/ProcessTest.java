package cn.samr.livestream;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Process tests: the whole application with the process-test-coverage plugin in the engine. They get a
 * context of their own because the plugin refuses process work in test classes it does not measure.
 * Each *ProcessTest class must cover at least 90% of the flow nodes of what it drives.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestCoverageSettings.class, ProcessEngineCoverageConfiguration.class})
public @interface ProcessTest {
}
