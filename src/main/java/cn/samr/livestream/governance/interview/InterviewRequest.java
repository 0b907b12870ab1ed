package cn.samr.livestream.governance.interview;

import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.shared.PlainText;
import cn.samr.livestream.shared.ViolationCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An interview as requested through POST /api/interviews or the Tasklist start form 发起行政约谈 (docs/governance.md
 * §2.1). Without a kind, an interview (约谈); without a host unit, the requester's own. Text sizes are the columns'
 * (V22__interview.sql).
 */
public record InterviewRequest(
    InterviewKind kind,
    @NotEmpty(message = "至少一个被约谈主体 / at least one subject")
    @Size(max = InterviewRequest.MAX_SUBJECTS, message = "最多50个主体 / at most 50 subjects")
    List<@NotNull(message = "必填 / required") Long> subjectIds,
    @NotBlank(message = "请填写约谈事由 / give the issues") @Size(max = 2000, message = "不超过2000字 / at most 2000 characters")
    @PlainText(multiline = true) String issues,
    @Size(max = 500, message = "不超过500字 / at most 500 characters") @PlainText(multiline = true) String basis,
    ViolationCategory category,
    @Size(max = 9, message = "最多9个部门 / at most 9 departments")
    List<@NotNull(message = "必填 / required") Department> jointDepartments,
    LocalDate plannedDate,
    @Size(max = 64, message = "不超过64个字符 / at most 64 characters") @PlainText String hostUnit) {

  public static final int MAX_SUBJECTS = 50;
}
