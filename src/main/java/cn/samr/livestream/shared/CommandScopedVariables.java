package cn.samr.livestream.shared;

import java.util.Collection;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Variables that live for one engine command: read normally while the command runs, removed when it closes, before
 * the engine writes anything. A variable created in the same command is then never inserted (a pending insert whose
 * entity is deleted becomes DELETED_TRANSIENT, which the flush skips) and its pending history row is dropped from
 * the cache too, so it costs no statement at all; one stored by an earlier command is deleted, its history kept.
 *
 * <p>Why not the engine's transient variables: a form submission (Tasklist's Camunda Forms) can only hand over
 * plain variables, and the engine refuses a transient value under the name of a variable removed in the same
 * command.
 */
public final class CommandScopedVariables {

  private CommandScopedVariables() {
  }

  /** Removes {@code name} from the scope that holds it when the current command closes; outside a command, nothing. */
  static void forgetAtEnd(VariableScope scope, String name) {
    CommandContext command = Context.getCommandContext();
    AbstractVariableScope owner = owner(scope, name);
    if (command == null || owner == null
        || !(owner.getVariableInstanceLocal(name) instanceof VariableInstanceEntity variable)) {
      return;
    }
    command.registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext context) {
        forget(context, owner, variable);
      }

      @Override
      public void onCommandFailed(CommandContext context, Throwable t) {
        // rolled back: nothing was written
      }
    });
  }

  /**
   * Removes fields a start listener has read, at once (the listener sets variables of the same names afterwards,
   * such as the task list's subject column); a field submitted in this command leaves no history row either.
   */
  public static void discard(VariableScope scope, Collection<String> names) {
    CommandContext command = Context.getCommandContext();
    for (String name : names) {
      AbstractVariableScope owner = owner(scope, name);
      if (command != null && owner != null
          && owner.getVariableInstanceLocal(name) instanceof VariableInstanceEntity variable) {
        forget(command, owner, variable);
      } else {
        scope.removeVariable(name);
      }
    }
  }

  private static void forget(CommandContext command, AbstractVariableScope owner, VariableInstanceEntity variable) {
    // still held (the scope may have ended in this command, and its variables with it)
    if (owner.getVariableInstanceLocal(variable.getName()) == variable) {
      owner.removeVariableLocal(variable.getName());
    }
    CachedDbEntity cached = command.getDbEntityManager().getDbEntityCache().getCachedEntity(variable);
    if (cached != null && cached.getEntityState() == DbEntityState.DELETED_TRANSIENT) {
      forgetPendingHistory(command.getDbEntityManager(), variable);
    }
  }

  /** A history row still pending (inserted in this command) for a variable that never reached the database. */
  private static void forgetPendingHistory(DbEntityManager entities, VariableInstanceEntity variable) {
    if (variable.getByteArrayValueId() != null) {
      return;
    }
    HistoricVariableInstanceEntity history =
        entities.getCachedEntity(HistoricVariableInstanceEntity.class, variable.getId());
    if (history != null && entities.getDbEntityCache().isTransient(history)) {
      entities.getDbEntityCache().remove(history);
    }
  }

  /** The scope that holds the variable: the task or execution itself, or the nearest parent that has it. */
  private static AbstractVariableScope owner(VariableScope scope, String name) {
    AbstractVariableScope current = scope instanceof AbstractVariableScope s ? s : null;
    while (current != null && current.getVariableInstanceLocal(name) == null) {
      current = current.getParentVariableScope();
    }
    return current;
  }
}
