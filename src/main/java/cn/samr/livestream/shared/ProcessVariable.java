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
