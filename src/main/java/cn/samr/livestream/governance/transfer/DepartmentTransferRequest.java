package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.shared.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A transfer to another department (部门移送): from POST /api/department-transfers or the Tasklist start form
 * (department-transfer-request). Text sizes are the columns' (V21__department_transfer.sql). Without a sender unit,
 * the requester's own unit.
 *
 * @param notCriminal required when the department is the police: 「不涉嫌犯罪」 (suspected crimes go by
 *     criminal-transfer, 涉嫌犯罪移送)
 * @param feedbackWorkingDays 3–60, default livestream.transfer.feedback-working-days
 */
public record DepartmentTransferRequest(
    @NotNull(message = "请选择接收部门 / choose the receiving department") Department department,
    @Size(max = 200, message = "接收机关名称不超过200字 / at most 200 characters") @PlainText String recipientName,
    @Size(max = 32, message = "线索编号不超过32个字符 / at most 32 characters") @PlainText String clueNo,
    @Size(max = 32, message = "案件编号不超过32个字符 / at most 32 characters") @PlainText String caseNo,
    @Size(max = 50, message = "最多50个主体 / at most 50 subjects")
    List<@NotNull(message = "不能为空 / must not be null") Long> subjectIds,
    @NotNull(message = "请选择移送事由 / choose the reason") TransferReason reason,
    @NotBlank(message = "请填写移送事实 / give the facts")
    @Size(max = 2000, message = "移送事实不超过2000字 / at most 2000 characters") @PlainText(multiline = true)
    String facts,
    @Size(max = 1000, message = "移送材料清单不超过1000字 / at most 1000 characters") @PlainText(multiline = true)
    String materials,
    @Size(max = 500, message = "移送依据不超过500字 / at most 500 characters") @PlainText(multiline = true) String basis,
    @Min(value = 3, message = "反馈期限至少3个工作日 / at least 3 working days")
    @Max(value = 60, message = "反馈期限至多60个工作日 / at most 60 working days") Integer feedbackWorkingDays,
    Boolean notCriminal,
    @Size(max = 64, message = "不超过64个字符 / at most 64 characters") @PlainText String senderUnit) {
}
