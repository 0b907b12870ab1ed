package cn.samr.livestream.engine;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.organization.OrgUnit;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Functions the stored Tasklist filters ({@link TasklistFilters}) use in their query expressions, next
 * to the engine's own {@code now()}, {@code currentUser()} and {@code currentUserGroups()}. The engine
 * evaluates a stored query's expressions each time the filter runs, with its expression manager, so
 * {@code ${workingDaysFromNow(2)}} moves with the clock and follows the holiday calendar:
 * <ul>
 *   <li>{@code workingDaysFromNow(n)}: the moment the n-th working day after today (Beijing time, today
 *       not counted, holidays and make-up working days honoured) is over, i.e. 00:00 of the next day.
 *       Deadlines are 23:59:59 of their day and the task query's {@code dueBefore} is strict, so
 *       {@code dueBefore(workingDaysFromNow(2))} keeps every task due by the end of that working day.</li>
 *   <li>{@code currentUserHeadGroups()}: the authenticated user's heads' (负责人) groups, recognised by
 *       {@link #HEAD_GROUP_SUFFIX} (the organisation file requires it of every {@code headGroup}). A user
 *       without one gets a list holding only {@link #NO_GROUP}, which no group can be called, so the
 *       filter shows nothing instead of failing on an empty candidate-group list.</li>
 * </ul>
 *
 * <p>Why a static calendar: JUEL functions are static methods ({@code addFunction(String, Method)} takes
 * a {@link Method} that is invoked without an instance), so the functions reach the Spring-managed
 * {@link WorkCalendar} through a static field set when the engine is configured. Every Spring context
 * of one JVM (the test suite builds several) loads the same holiday files, so whichever context set it
 * last computes the same days.
 */
@Component
public class TasklistFunctions extends AbstractProcessEnginePlugin {

  public static final String WORKING_DAYS_FROM_NOW = "workingDaysFromNow";
  public static final String CURRENT_USER_HEAD_GROUPS = "currentUserHeadGroups";
  /** Every heads' group id ends so; the organisation file rejects any other. */
  public static final String HEAD_GROUP_SUFFIX = OrgUnit.HEAD_GROUP_SUFFIX;
  /** Not a valid group id (see the engine's generalResourceWhitelistPattern), so it matches no task. */
  static final String NO_GROUP = "(no-head-group)";

  private static volatile WorkCalendar calendar;

  private final WorkCalendar workCalendar;

  public TasklistFunctions(WorkCalendar workCalendar) {
    this.workCalendar = workCalendar;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    calendar = workCalendar;
    try {
      configuration.getExpressionManager().addFunction(WORKING_DAYS_FROM_NOW,
          TasklistFunctions.class.getMethod(WORKING_DAYS_FROM_NOW, int.class));
      configuration.getExpressionManager().addFunction(CURRENT_USER_HEAD_GROUPS,
          TasklistFunctions.class.getMethod(CURRENT_USER_HEAD_GROUPS));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /** End of the {@code days}-th working day after today (engine clock, Beijing time): 00:00 of the day after. */
  public static Date workingDaysFromNow(int days) {
    WorkCalendar workCalendar = calendar;
    if (workCalendar == null) {
      throw new IllegalStateException("TasklistFunctions is not registered with the process engine");
    }
    LocalDate last = workCalendar.addWorkingDays(WorkCalendar.localDate(ClockUtil.getCurrentTime()), days);
    return Date.from(last.plusDays(1).atStartOfDay(WorkCalendar.ZONE).toInstant());
  }

  /** The authenticated user's heads' groups; {@code [NO_GROUP]} when he is in none. */
  public static List<String> currentUserHeadGroups() {
    CommandContext commandContext = Context.getCommandContext();
    List<String> groups = commandContext == null || commandContext.getAuthenticatedGroupIds() == null ? List.of()
        : commandContext.getAuthenticatedGroupIds().stream().filter(TasklistFunctions::isHeadGroup).toList();
    return groups.isEmpty() ? List.of(NO_GROUP) : groups;
  }

  public static boolean isHeadGroup(String groupId) {
    return OrgUnit.isHeadGroup(groupId);
  }
}
