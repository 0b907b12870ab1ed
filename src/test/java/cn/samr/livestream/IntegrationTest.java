package cn.samr.livestream;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test context of the suite: the whole application on the real engine and database
 * (in-memory H2 by default, MariaDB/MySQL with -Pmysql-it), job executor off so tests drive timers.
 * Every integration test uses it, so the context is built once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestCoverageSettings.class, ProcessEngineCoverageConfiguration.class})
public @interface IntegrationTest {
}
