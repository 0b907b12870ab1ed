package cn.samr.livestream.shared;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Engine calls made by the system on a user's behalf, from inside a delegate: the user who completed a
 * task may not start the next process himself, the workflow does.
 */
public final class EngineCalls {

  private EngineCalls() {
  }

  /**
   * Inside an engine command (a delegate, a listener): runs the call without authorization checks.
   * Outside one the call runs as it is, with the current user's checks: use {@link #asSystem(CommandExecutor,
   * Callable)} there.
   */
  public static <T> T asSystem(Callable<T> call) {
    CommandContext context = Context.getCommandContext();
    try {
      return context != null ? context.runWithoutAuthorization(call) : call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * From outside the engine (a controller, a service called by one): runs the call in an engine command
   * of its own, without authorization checks, so every engine read inside it shares one context.
   */
  public static <T> T asSystem(CommandExecutor executor, Callable<T> call) {
    return executor.execute(context -> asSystem(call));
  }
}
