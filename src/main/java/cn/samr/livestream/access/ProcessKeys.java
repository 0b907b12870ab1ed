package cn.samr.livestream.access;

import cn.samr.livestream.access.ProcessAccess.Starter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The processes the organisation's authorizations refer to, as their features declare them
 * ({@link ProcessAccess} beans): {@code access} imports no feature, each feature states its own processes'
 * keys and rules next to the process.
 */
@Component
public class ProcessKeys {

  private final List<ProcessAccess> processes;
  private final Map<String, ProcessAccess> byKey = new HashMap<>();

  public ProcessKeys(List<ProcessAccess> processes) {
    this.processes = List.copyOf(processes);
    for (ProcessAccess process : processes) {
      if (byKey.putIfAbsent(process.processKey(), process) != null) {
        throw new IllegalStateException("process " + process.processKey() + " is declared twice");
      }
    }
  }

  /** Every process the application deploys (ProcessKeysTest checks it against the deployment). */
  public List<String> all() {
    return keys(process -> true);
  }

  /**
   * Processes whose instances the supervisors (监督查看) and the monitoring centre read city-wide: all but
   * the escalations, which only the coordination group sees city-wide (a reporting unit sees its own).
   */
  public List<String> overseen() {
    return keys(ProcessAccess::overseen);
  }

  /**
   * Processes with one instance a month for every district (a multi-instance task per district): a district
   * works its own task there, but is not granted the instance as a whole, which holds every district's work.
   */
  public boolean sharedByDistricts(String processKey) {
    ProcessAccess process = byKey.get(processKey);
    return process != null && process.sharedByDistricts();
  }

  /** Processes the officers of working units may read (and work the tasks of): every one. */
  public List<String> readableByOfficers() {
    return all();
  }

  /** Processes these may start. */
  public List<String> startableBy(Starter starter) {
    return keys(process -> process.startableBy(starter));
  }

  private List<String> keys(Predicate<ProcessAccess> filter) {
    return processes.stream().filter(filter).map(ProcessAccess::processKey).toList();
  }
}
