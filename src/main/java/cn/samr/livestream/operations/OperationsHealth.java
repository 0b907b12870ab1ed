package cn.samr.livestream.operations;

import cn.samr.livestream.calendar.CalendarStatusService;
import cn.samr.livestream.calendar.CalendarStatusService.CalendarStatus;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health components of the operations view besides Spring Boot's own ({@code db}, {@code diskSpace},
 * {@code ping}): {@code processEngine}, {@code jobExecutor} (both replace the Camunda starter's indicators of the same
 * bean names, which report nothing but a name, and a job executor switched off by configuration as DOWN) and
 * {@code holidayCalendar}.
 */
@Configuration(proxyBeanMethods = false)
public class OperationsHealth {

  /**
   * Next year's holidays missing from {@link CalendarStatusService#WARN_FROM} on: not down — deadlines are still
   * computed, provisionally — but worth an alert (application.yaml orders it between DOWN and UP, answered with 200).
   */
  public static final Status WARNING = new Status("WARNING", "次年节假日安排尚未录入 / next year's holidays not entered");

  /** The engine answers from its database (ACT_GE_PROPERTY): its name, version and history level. */
  @Bean
  HealthIndicator processEngineHealthIndicator(ProcessEngine engine) {
    return () -> {
      Map<String, String> properties =
          EngineReads.unrestricted(engine.getIdentityService(), () -> engine.getManagementService().getProperties());
      return Health.up().withDetail("name", engine.getName())
          .withDetail("version", ProductPropertiesUtil.getProductVersion())
          .withDetail("historyLevel", String.valueOf(properties.get("historyLevel"))).build();
    };
  }

  /**
   * UP when the job executor runs, or when it is switched off on this node on purpose
   * ({@code camunda.bpm.job-execution.enabled: false}: another node executes the timers); DOWN when it should run and
   * does not. With the jobs due now (not locked, retries left) and the jobs out of retries, whose incidents need
   * someone.
   */
  @Bean
  HealthIndicator jobExecutorHealthIndicator(ProcessEngine engine,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    return () -> {
      JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
      boolean active = executor != null && executor.isActive();
      long due = EngineReads.unrestricted(engine.getIdentityService(),
          () -> engine.getManagementService().createJobQuery().executable().count());
      long failed = EngineReads.unrestricted(engine.getIdentityService(),
          () -> engine.getManagementService().createJobQuery().noRetriesLeft().count());
      Health.Builder health = enabled && !active ? Health.down() : Health.up();
      health.withDetail("enabled", enabled).withDetail("active", active).withDetail("dueJobs", due)
          .withDetail("jobsWithoutRetries", failed);
      if (executor != null) {
        health.withDetail("lockOwner", executor.getLockOwner());
      }
      return health.build();
    };
  }

  /**
   * Whether the holiday calendar knows next year (docs/working-days.md): UP when it does, and before 1 November when
   * it does not yet (the State Council publishes late in the year); {@link #WARNING} from 1 November on without it.
   */
  @Bean
  HealthIndicator holidayCalendarHealthIndicator(CalendarStatusService calendar) {
    return () -> {
      CalendarStatus status = calendar.status(List.of());
      boolean late = !MonthDay.from(status.today()).isBefore(CalendarStatusService.WARN_FROM);
      Health.Builder health = status.nextYearEntered() || !late ? Health.up() : Health.status(WARNING);
      health.withDetail("today", status.today().toString()).withDetail("nextYear", status.nextYear())
          .withDetail("nextYearPresent", status.nextYearEntered()).withDetail("years", status.years());
      if (!status.nextYearEntered()) {
        health.withDetail("action", "管理员以 PUT /api/calendar/" + status.nextYear() + " 录入 / an administrator enters it "
            + "with PUT /api/calendar/" + status.nextYear());
      }
      return health.build();
    };
  }
}
