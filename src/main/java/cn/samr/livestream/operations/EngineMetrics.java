package cn.samr.livestream.operations;

import cn.samr.livestream.calendar.CalendarStatusService;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's own metrics as Micrometer meters, served by /actuator/metrics and /actuator/prometheus.
 *
 * <ul>
 *   <li>Every metric the engine counts for its database report ({@code activity-instance-start},
 *       {@code job-successful}, {@code job-failed}, {@code executed-decision-elements}, … : the {@code Metrics} names)
 *       as a counter {@code camunda.<name with dots>}, e.g. {@code camunda_activity_instance_start_total} in
 *       Prometheus. Counted on this node since it started, like every Prometheus counter: the engine's own meters are
 *       cleared each time they are written to ACT_RU_METER_LOG (every 15 minutes), so each is wrapped in a
 *       {@link TotallingMeter} that also keeps the running total. No database read per scrape.</li>
 *   <li>Gauges read from the database per scrape, of the whole cluster: {@code camunda.jobs.due} (jobs due now,
 *       not locked, retries left: the job executors' backlog), {@code camunda.jobs.without.retries} and
 *       {@code camunda.incidents.open} (work that needs someone), and {@code livestream.calendar.next.year.present}
 *       (1 when the holiday calendar knows next year).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class EngineMetrics {

  static final String ENGINE_TAG = "engine";

  /** Installs the totalling registry before the engine creates its meters. */
  @Bean
  AbstractProcessEnginePlugin totallingMetricsPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getMetricsRegistry() == null) {
          configuration.setMetricsRegistry(new TotallingMetricsRegistry());
        }
      }
    };
  }

  @Bean
  MeterBinder engineMeters(ProcessEngine engine, CalendarStatusService calendar) {
    return registry -> bind(registry, engine, calendar);
  }

  static void bind(MeterRegistry registry, ProcessEngine engine, CalendarStatusService calendar) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    MetricsRegistry metrics = configuration.getMetricsRegistry();
    if (metrics != null) {
      metrics.getDbMeters().values().stream().filter(TotallingMeter.class::isInstance).map(TotallingMeter.class::cast)
          .forEach(meter -> FunctionCounter.builder(meterName(meter.getName()), meter, TotallingMeter::total)
              .description("Camunda engine metric '" + meter.getName() + "', counted on this node since it started")
              .tag(ENGINE_TAG, engine.getName()).register(registry));
    }
    IdentityService identity = engine.getIdentityService();
    ManagementService management = engine.getManagementService();
    gauge(registry, engine, "camunda.jobs.due", "jobs due now, not locked, with retries left (the executors' backlog)",
        () -> EngineReads.unrestricted(identity, () -> management.createJobQuery().executable().count()));
    gauge(registry, engine, "camunda.jobs.without.retries", "jobs out of retries (each has an incident)",
        () -> EngineReads.unrestricted(identity, () -> management.createJobQuery().noRetriesLeft().count()));
    gauge(registry, engine, "camunda.incidents.open", "open incidents",
        () -> EngineReads.unrestricted(identity, () -> engine.getRuntimeService().createIncidentQuery().count()));
    Gauge.builder("livestream.calendar.next.year.present", calendar,
            c -> c.status(List.of()).nextYearEntered() ? 1 : 0)
        .description("1 when the holiday calendar holds next year's arrangements, else 0").register(registry);
  }

  /** A gauge holding its supplier strongly (Micrometer holds a state object only weakly). */
  private static void gauge(MeterRegistry registry, ProcessEngine engine, String name, String description,
      Supplier<Number> value) {
    Gauge.builder(name, value).description(description).tag(ENGINE_TAG, engine.getName()).strongReference(true)
        .register(registry);
  }

  /** {@code activity-instance-start} → {@code camunda.activity.instance.start}. */
  static String meterName(String engineMetric) {
    return "camunda." + engineMetric.toLowerCase(Locale.ROOT).replace('-', '.');
  }

  /** The engine's registry, whose database meters also keep a running total. */
  static final class TotallingMetricsRegistry extends MetricsRegistry {

    @Override
    public void createMeter(String name) {
      super.createMeter(name);
      dbMeters.put(name, new TotallingMeter(name));
    }

    @Override
    public void createDbMeter(String name) {
      dbMeters.put(name, new TotallingMeter(name));
    }
  }

  /**
   * An engine meter ({@link #getAndClear()} is what the database reporter takes every 15 minutes) that also counts
   * everything it was ever marked with.
   */
  static final class TotallingMeter extends Meter {

    private final AtomicLong total = new AtomicLong();

    TotallingMeter(String name) {
      super(name);
    }

    @Override
    public void mark() {
      super.mark();
      total.incrementAndGet();
    }

    @Override
    public void markTimes(long times) {
      super.markTimes(times);
      total.addAndGet(times);
    }

    long total() {
      return total.get();
    }
  }
}
