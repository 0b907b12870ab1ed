package cn.samr.livestream;

import cn.samr.livestream.calendar.HolidayCalendarData;
import cn.samr.livestream.calendar.WorkCalendar;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.mockito.Mockito;

/**
 * The engine of the model tests (*ModelTest): one in-memory standalone engine per JVM, no Spring, no job
 * executor, whose expressions see only the beans a test registers ({@link #register}) — mocks for delegates
 * and listeners, the real {@link WorkCalendar} for due dates and timers. A model test deploys one model with
 * its decisions and forms (@Deployment, removed after each test) and drives its branches with
 * camunda-bpm-assert; what the delegates do is tested end to end by the *ProcessTest classes.
 */
public final class ModelTestEngine {

  private static final Map<Object, Object> BEANS = new HashMap<>();
  private static final WorkCalendar CALENDAR = new WorkCalendar(HolidayCalendarData.loadFromClasspath());
  private static ProcessEngine engine;

  private ModelTestEngine() {
  }

  /** The extension for {@code @RegisterExtension}; deployments it makes are deleted after each test. */
  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
  }

  public static synchronized ProcessEngine engine() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("model-tests");
      configuration.setJdbcUrl("jdbc:h2:mem:model-tests;DB_CLOSE_DELAY=-1");
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setJobExecutorActivate(false);
      configuration.setBeans(BEANS);
      engine = configuration.buildProcessEngine();
    }
    return engine;
  }

  /** Forgets the previous test's beans and registers the real work calendar (plain calculation), returned. */
  public static WorkCalendar reset() {
    BEANS.clear();
    return register("workCalendar", CALENDAR);
  }

  /** Registers a bean under the name the model's expressions use, e.g. a delegate mock. */
  public static <T> T register(String name, T bean) {
    BEANS.put(name, bean);
    return bean;
  }

  /** Registers a Mockito mock of the given type (JavaDelegate, TaskListener, ExecutionListener, a service). */
  public static <T> T mock(String name, Class<T> type) {
    return register(name, Mockito.mock(type));
  }
}
