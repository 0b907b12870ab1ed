package cn.samr.livestream;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Spring test context of the suite: the whole application on the real engine and database
 * (in-memory H2 by default, MariaDB/MySQL with -Pmysql-it), job executor off so tests drive timers.
 * Every integration test but the process tests ({@link ProcessTest}) shares it. Metrics are exported as in
 * production (Spring Boot's tests switch that off by default): the operations view's Prometheus endpoint is tested.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public @interface IntegrationTest {
}
