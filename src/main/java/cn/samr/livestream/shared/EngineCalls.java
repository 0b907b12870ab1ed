package cn.samr.livestream.shared;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine calls made by the system on a user's behalf, from inside a delegate: the user who completed a
 * task may not start the next process himself, the workflow does.
 */
public final class EngineCalls {

  private EngineCalls() {
  }

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
}
