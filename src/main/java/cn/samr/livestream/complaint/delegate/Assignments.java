package cn.samr.livestream.complaint.delegate;

import cn.samr.livestream.complaint.ComplaintProcess.Var;
import cn.samr.livestream.complaint.ComplaintWorkflowService.Assignment;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Writes a handling unit into the process: candidate group of the unit's tasks, and its head for escalations. */
final class Assignments {

  private Assignments() {
  }

  static void write(VariableScope scope, Assignment assignment) {
    Var.HANDLING_UNIT.set(scope, assignment.unit());
    Var.HANDLING_UNIT_NAME.set(scope, assignment.unitName());
    Var.HANDLING_UNIT_HEAD.set(scope, assignment.headGroup());
    Var.ROUTING_NOTE.set(scope, assignment.note());
  }
}
