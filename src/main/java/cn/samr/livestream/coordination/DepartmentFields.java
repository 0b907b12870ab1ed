package cn.samr.livestream.coordination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The per-department fields of the start and triage forms: a ticked checkbox per department
 * (department_CYBERSPACE …) and its own feedback deadline.
 */
public final class DepartmentFields {

  public static final String DEPARTMENT_PREFIX = "department_";
  public static final String SUGGEST_PREFIX = "suggest_";
  public static final String FEEDBACK_DAYS_PREFIX = "feedbackWorkingDays_";

  private DepartmentFields() {
  }

  /**
   * Departments chosen on a form: the ticked checkboxes prefix + NAME (the engine keeps no lists
   * without Spin), and any names in the text variable (comma-separated, or a JSON array).
   */
  public static List<String> chosen(VariableScope scope, String prefix, String textVariable) {
    Set<String> chosen = new LinkedHashSet<>();
    for (Department department : Department.values()) {
      if (Boolean.TRUE.equals(scope.getVariable(prefix + department.name()))) {
        chosen.add(department.name());
      }
    }
    Object raw = scope.getVariable(textVariable);
    if (raw != null) {
      for (String value : raw.toString().replaceAll("[\\[\\]\"\\s]", "").split(",")) {
        if (!value.isEmpty()) {
          chosen.add(value);
        }
      }
    }
    return List.copyOf(chosen);
  }

  /** Names of the per-department form fields, to take them out of the process after reading. */
  public static List<String> names(String... prefixes) {
    List<String> names = new ArrayList<>();
    for (String prefix : prefixes) {
      for (Department department : Department.values()) {
        names.add(prefix + department.name());
      }
    }
    return names;
  }
}
