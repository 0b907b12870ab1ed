package cn.samr.livestream.monitoring.upload;

import cn.samr.livestream.monitoring.MonitoringService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a spot-check upload file (抽查记录批量导入), in the template's order. Each is known by its
 * Chinese header, by the field name of SpotCheckRequest it fills and by a few aliases; order in the file
 * does not matter, only the required ones must be there.
 */
public enum SpotCheckColumn {
  DISTRICT("区局代码", MonitoringService.DISTRICT, false, "310113", "unit", "区局", "单位代码", "区局名称"),
  CHECK_DATE("抽查日期", "checkDate", true, "2026-03-05", "日期"),
  PLATFORM("平台", "platform", true, "抖音", "直播平台"),
  LIVE_ROOM("直播间或主播", "liveRoom", true, "某某美妆直播间", "直播间/主播", "直播间", "主播"),
  ACCOUNT("账号", "accountId", false, "dy-100200", "平台账号", "account"),
  PRODUCT("商品或服务", "productOrService", true, "美白面霜", "商品/服务", "商品"),
  FOCUS_AREA("重点领域", "focusArea", true, "化妆品", "领域"),
  RESULT("抽查结果", "result", true, "涉嫌违法", "结果"),
  VIOLATION_CATEGORY("违法类别", "violationCategory", false, "广告违法", "category"),
  DESCRIPTION("情况描述", "description", false, "宣称“七天美白、医用级修复”，涉嫌虚假宣传", "描述", "问题描述"),
  SAMPLING_DONE("是否抽检", "samplingDone", false, "是", "抽检"),
  SAMPLING_RESULT("抽检结果", "samplingResult", false, "检验中");

  private final String header;
  private final String field;
  private final boolean required;
  private final String example;
  private final List<String> aliases;

  SpotCheckColumn(String header, String field, boolean required, String example, String... aliases) {
    this.header = header;
    this.field = field;
    this.required = required;
    this.example = example;
    this.aliases = List.of(aliases);
  }

  /** The header of the template (first row). */
  public String header() {
    return header;
  }

  /** The field of SpotCheckRequest (and of the service's field errors) this column fills. */
  public String field() {
    return field;
  }

  public boolean required() {
    return required;
  }

  /** The template's example value. */
  public String example() {
    return example;
  }

  /** The column a header names: its Chinese header, its field name or an alias; blanks and case ignored. */
  public static Optional<SpotCheckColumn> byHeader(String text) {
    String wanted = normalize(text);
    return Arrays.stream(values())
        .filter(c -> normalize(c.header).equals(wanted) || normalize(c.field).equals(wanted)
            || c.aliases.stream().anyMatch(a -> normalize(a).equals(wanted)))
        .findFirst();
  }

  /** The column a field error of the service refers to; the assignment's errors concern the check date's month. */
  public static SpotCheckColumn byField(String field) {
    return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst().orElse(CHECK_DATE);
  }

  private static String normalize(String text) {
    return text == null ? "" : text.replace("\uFEFF", "").replaceAll("[\\s\\u3000]+", "")
        .replaceAll("[（(][^）)]*[）)]$", "").toLowerCase(Locale.ROOT);
  }
}
