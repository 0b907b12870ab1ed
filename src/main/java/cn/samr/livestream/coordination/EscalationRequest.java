package cn.samr.livestream.coordination;

import cn.samr.livestream.enforcement.ViolationCategory;
import java.util.List;

/**
 * A major or difficult problem a unit reports to the coordination group (上报重大疑难问题): from
 * POST /api/escalations or the Tasklist start form. Without a reporting unit, the reporter's own unit.
 */
public record EscalationRequest(String title, String description, ViolationCategory category,
    List<Department> suggestedDepartments, String reportingUnit) {
}
