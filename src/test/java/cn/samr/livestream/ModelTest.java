package cn.samr.livestream;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.shared.Times;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every model test (*ModelTest) shares: the standalone engine of {@link ModelTestEngine}, the engine
 * clock on a Monday morning before each test and back to real time after it, the work calendar, and the
 * Baoshan unit whose tasks the models assign. A subclass names its model with {@code @Deployment} and
 * registers its mocks in a {@code @BeforeEach} of its own (run after this class's).
 */
public abstract class ModelTest {

  /** Per test instance: the extension clears its engine configuration after a class, and classes share the engine. */
  @RegisterExtension
  protected final ProcessEngineExtension extension = ModelTestEngine.extension();

  /** Monday 2 March 2026, 10:00 Beijing time. */
  protected static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);
  protected static final String UNIT = "district-310113";
  protected static final String HEAD = "district-310113-head";

  protected ProcessEngine engine;
  protected WorkCalendar calendar;

  @BeforeEach
  void engineOnMonday() {
    engine = extension.getProcessEngine();
    init(engine);
    ClockUtil.setCurrentTime(date(MONDAY));
    calendar = ModelTestEngine.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  protected static Date date(LocalDateTime time) {
    return Date.from(time.atZone(Times.ZONE).toInstant());
  }
}
