package cn.samr.livestream.platform;

import cn.samr.livestream.shared.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A platform's confirmation of what it did on an order (POST /platform-api/v1/orders/{orderNo}/confirmation). */
@Schema(description = "平台对指令的处置确认 / the platform's confirmation of what it did")
public record OrderConfirmationRequest(
    @Schema(description = "处置完成日期 / the day the platform completed it") @NotNull(message = "必填 / required")
    LocalDate completedOn,
    @Schema(description = "处置情况：下架了哪些商品或链接、删除了哪些内容、对直播间采取了什么措施 / what was done")
    @NotBlank(message = "必填 / required") @Size(max = 2000, message = "不超过2000个字符 / at most 2000 characters")
    @PlainText(multiline = true) String action,
    @Schema(description = "处置的商品、链接、内容或账号数 / items, links, contents or accounts handled")
    @Min(value = 0, message = "不能为负数 / must not be negative")
    @Max(value = 1_000_000, message = "数值过大 / too large") Integer itemsHandled) {
}
