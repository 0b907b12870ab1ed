package cn.samr.livestream.coordination;

import cn.samr.livestream.shared.PlainText;
import cn.samr.livestream.shared.ViolationCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A major or difficult problem a unit reports to the coordination group (上报重大疑难问题): from
 * POST /api/escalations or the Tasklist start form. Without a reporting unit, the reporter's own unit.
 * Text sizes are the columns' (V5__coordination.sql); limits in docs/api.md (输入校验).
 */
public record EscalationRequest(
    @NotBlank(message = "请填写标题 / give a title") @Size(max = 200, message = "标题不超过200字 / at most 200 characters")
    @PlainText String title,
    @NotBlank(message = "请描述问题 / describe the problem")
    @Size(max = 2000, message = "问题描述不超过2000字 / at most 2000 characters") @PlainText(multiline = true)
    String description,
    @NotNull(message = "请选择问题类别 / choose a category") ViolationCategory category,
    @Size(max = 9, message = "最多9个部门 / at most 9 departments")
    List<@NotNull(message = "不能为空 / must not be null") Department> suggestedDepartments,
    @Size(max = 64, message = "不超过64个字符 / at most 64 characters") @PlainText String reportingUnit) {
}
