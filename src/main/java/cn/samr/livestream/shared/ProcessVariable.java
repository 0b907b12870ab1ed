package cn.samr.livestream.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and Java type in one place, so code and tests never spell
 * variable names as loose strings.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  /** The value, or null when the variable is not set. Numbers are converted (forms submit Long or Double). */
  public T get(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("process variable '" + name + "' is not set");
    }
    return value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  /**
   * Sets a value only this engine command needs (a gateway's or a decision table's input right after it is set): it
   * is read like any variable until the command ends, and then neither stored nor kept in history.
   */
  public void setForThisCommand(VariableScope scope, T value) {
    scope.setVariable(name, value);
    CommandScopedVariables.forgetAtEnd(scope, name);
  }

  /**
   * The value of a form field that the caller records in the domain tables. It stays readable until this engine
   * command ends (the gateways after the task read it) and is not stored: a field submitted with this very
   * completion leaves no row in the runtime or history tables (issue 15: three statements a field); one stored by
   * an earlier command is removed, its history kept.
   */
  public T take(VariableScope scope) {
    T value = get(scope);
    CommandScopedVariables.forgetAtEnd(scope, name);
    return value;
  }

  @SuppressWarnings("unchecked")
  public T convert(Object raw) {
    if (raw == null || type.isInstance(raw)) {
      return (T) raw;
    }
    if (raw instanceof Number n) {
      if (type == Long.class) return (T) Long.valueOf(n.longValue());
      if (type == Integer.class) return (T) Integer.valueOf(n.intValue());
      if (type == Double.class) return (T) Double.valueOf(n.doubleValue());
    }
    if (raw instanceof String s && type == Boolean.class) {
      return (T) Boolean.valueOf(s);
    }
    throw new IllegalStateException("process variable '" + name + "' is a " + raw.getClass().getSimpleName()
        + ", expected " + type.getSimpleName());
  }
}
