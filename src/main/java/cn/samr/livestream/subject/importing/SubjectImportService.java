package cn.samr.livestream.subject.importing;

import cn.samr.livestream.shared.FieldError;
import cn.samr.livestream.shared.sheet.SheetFile;
import cn.samr.livestream.shared.sheet.SheetFileException;
import cn.samr.livestream.subject.KeyArea;
import cn.samr.livestream.subject.RiskLevel;
import cn.samr.livestream.subject.SubjectInput;
import cn.samr.livestream.subject.SubjectNameEntry;
import cn.samr.livestream.subject.SubjectRegisterService;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a register from CSV (UTF-8) or .xlsx, all or nothing as spot checks are uploaded: every line is
 * checked first (the entry's rules, the caller's districts, repeats within the file) and any problem refuses
 * the whole file with each line's errors; then each line adds an entry or, when its credit code or account
 * is registered, corrects that entry (audited like a PUT).
 */
@Service
public class SubjectImportService {

  /**
   * Upload size limit, checked by {@link #refuseIfTooLarge} before the part is read (spring.servlet.multipart's
   * limit is the spot-check upload's, larger).
   */
  public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
  /** Data lines one file may hold. */
  public static final int MAX_ROWS = 10_000;

  /** Role words accepted besides the codes and the full labels. */
  private static final Map<String, SubjectType> ROLE_WORDS = Map.of(
      "平台", SubjectType.PLATFORM, "运营者", SubjectType.ROOM_OPERATOR, "直播间", SubjectType.LIVE_ROOM,
      "主播", SubjectType.STREAMER, "机构", SubjectType.AGENCY, "MCN", SubjectType.AGENCY,
      "商户", SubjectType.MERCHANT, "商家", SubjectType.MERCHANT);

  private final SubjectRegisterService register;

  public SubjectImportService(SubjectRegisterService register) {
    this.register = register;
  }

  public record Result(int lines, int created, int updated) {
  }

  private record Row(int line, SubjectInput input, Optional<SupervisedSubject> existing) {
  }

  /** A file over {@link #MAX_FILE_BYTES} is refused as {@link #importFile} refuses it, before it is read. */
  public static void refuseIfTooLarge(long bytes) {
    if (bytes > MAX_FILE_BYTES) {
      throw ImportRejectedException.file("FILE_TOO_LARGE", "文件过大", "the file is too large");
    }
  }

  @Transactional
  public Result importFile(String fileName, byte[] content, Predicate<String> mayEdit, String actor) {
    List<SheetFile.Line> lines;
    try {
      lines = SheetFile.read(fileName, content, MAX_FILE_BYTES, MAX_ROWS);
    } catch (SheetFileException e) {
      throw e.line() != null
          ? ImportRejectedException.rows(List.of(ImportRejectedException.RowError.of(e.line(), null, e.chinese(),
              e.english())))
          : ImportRejectedException.file(e.code(), e.chinese(), e.english());
    }
    if (lines.isEmpty()) {
      throw ImportRejectedException.file("EMPTY_FILE", "文件是空的", "the file is empty");
    }
    List<SubjectColumn> columns = header(lines.get(0));
    List<SheetFile.Line> data = lines.subList(1, lines.size());
    if (data.isEmpty()) {
      throw ImportRejectedException.file("NO_ROWS", "文件只有表头，没有主体记录", "the file has a header but no rows");
    }
    if (data.size() > MAX_ROWS) {
      throw ImportRejectedException.file("TOO_MANY_ROWS", "一个文件最多" + MAX_ROWS + "条主体记录，请分成几个文件导入",
          "at most " + MAX_ROWS + " rows per file; split it into several files");
    }
    List<ImportRejectedException.RowError> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> codes = new HashMap<>();
    Map<String, Integer> accounts = new HashMap<>();
    for (SheetFile.Line line : data) {
      List<ImportRejectedException.RowError> lineErrors = new ArrayList<>();
      Map<SubjectColumn, String> values = values(line, columns, lineErrors);
      SubjectInput input = input(line.line(), values, lineErrors);
      if (lineErrors.isEmpty()) {
        for (FieldError error : register.check(input)) {
          lineErrors.add(new ImportRejectedException.RowError(line.line(), column(error.field()).map(SubjectColumn::header)
              .orElse(null), error.field(), error.message()));
        }
      }
      Optional<SupervisedSubject> existing = Optional.empty();
      if (lineErrors.isEmpty()) {
        if (!mayEdit.test(input.districtCode().trim())) {
          lineErrors.add(ImportRejectedException.RowError.of(line.line(), SubjectColumn.DISTRICT,
              "无权编辑辖区" + input.districtCode() + "的主体", "not yours to edit: district " + input.districtCode()));
        }
        repeated(codes, input.creditCode(), line.line(), SubjectColumn.CREDIT_CODE, lineErrors);
        repeated(accounts, input.platformName() == null || input.accountId() == null ? null
            : input.platformName().trim() + "\u0000" + input.accountId().trim(), line.line(), SubjectColumn.ACCOUNT,
            lineErrors);
        existing = register.registered(input);
        if (existing.isPresent() && !mayEdit.test(existing.get().getDistrictCode())) {
          lineErrors.add(ImportRejectedException.RowError.of(line.line(), SubjectColumn.CREDIT_CODE,
              "该主体已由其他辖区登记，无权更正", "registered by another district, not yours to correct"));
        }
      }
      errors.addAll(lineErrors);
      rows.add(new Row(line.line(), input, existing));
    }
    if (!errors.isEmpty()) {
      throw ImportRejectedException.rows(errors);
    }
    int created = 0;
    int updated = 0;
    for (Row row : rows) {
      if (row.existing().isPresent()) {
        register.update(row.existing().get().getId(), row.input(), actor);
        updated++;
      } else {
        register.insert(row.input(), actor, SubjectNameEntry.IMPORT);
        created++;
      }
    }
    return new Result(rows.size(), created, updated);
  }

  private static void repeated(Map<String, Integer> seen, String key, int line, SubjectColumn column,
      List<ImportRejectedException.RowError> errors) {
    if (key == null || key.isBlank()) {
      return;
    }
    Integer first = seen.putIfAbsent(key.trim(), line);
    if (first != null) {
      errors.add(ImportRejectedException.RowError.of(line, column, "与第" + first + "行是同一主体",
          "the same subject as line " + first));
    }
  }

  private static List<SubjectColumn> header(SheetFile.Line header) {
    List<SubjectColumn> columns = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Set<SubjectColumn> seen = new LinkedHashSet<>();
    List<String> cells = new ArrayList<>(header.cells());
    while (!cells.isEmpty() && (cells.get(cells.size() - 1) == null || cells.get(cells.size() - 1).isBlank())) {
      cells.remove(cells.size() - 1);
    }
    List<ImportRejectedException.RowError> errors = new ArrayList<>();
    for (String cell : cells) {
      Optional<SubjectColumn> column = SubjectColumn.byHeader(cell);
      if (column.isEmpty()) {
        unknown.add(cell == null || cell.isBlank() ? "（空）" : cell.trim());
      } else if (!seen.add(column.get())) {
        errors.add(ImportRejectedException.RowError.of(header.line(), column.get(), "表头重复：" + cell.trim(),
            "header repeated: " + cell.trim()));
      }
      columns.add(column.orElse(null));
    }
    if (!unknown.isEmpty()) {
      String known = Arrays.stream(SubjectColumn.values()).map(SubjectColumn::header).collect(Collectors.joining("、"));
      errors.add(ImportRejectedException.RowError.of(header.line(), null, "不认识的表头：" + String.join("、", unknown)
          + "（可用的表头：" + known + "）", "unknown header(s): " + String.join(", ", unknown)));
    }
    for (SubjectColumn column : SubjectColumn.values()) {
      if (column.required() && !seen.contains(column)) {
        errors.add(ImportRejectedException.RowError.of(header.line(), column, "缺少必填列“" + column.header() + "”",
            "the required column \"" + column.header() + "\" is missing"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException("UNKNOWN_HEADER", "表头不符合模板（第" + header.line() + "行须为表头）",
          "the header does not match the template (line " + header.line() + " must be the header)", errors);
    }
    return columns;
  }

  private static Map<SubjectColumn, String> values(SheetFile.Line line, List<SubjectColumn> columns,
      List<ImportRejectedException.RowError> errors) {
    Map<SubjectColumn, String> values = new EnumMap<>(SubjectColumn.class);
    for (int i = 0; i < line.cells().size(); i++) {
      String cell = line.cells().get(i) == null ? "" : line.cells().get(i).trim();
      if (i < columns.size()) {
        if (columns.get(i) != null && !cell.isEmpty()) {
          values.put(columns.get(i), cell);
        }
      } else if (!cell.isEmpty()) {
        errors.add(ImportRejectedException.RowError.of(line.line(), null, "第" + (i + 1) + "列没有表头",
            "column " + (i + 1) + " has no header"));
        break;
      }
    }
    return values;
  }

  /** The line as an entry; a cell that cannot be read is a line error and leaves its field empty. */
  private static SubjectInput input(int line, Map<SubjectColumn, String> v,
      List<ImportRejectedException.RowError> errors) {
    List<SubjectType> roles = new ArrayList<>();
    String roleText = v.get(SubjectColumn.ROLES);
    if (roleText != null) {
      for (String word : roleText.split("[,，、;；\\s]+")) {
        if (!word.isBlank()) {
          Optional<SubjectType> role = role(word.trim());
          if (role.isPresent()) {
            roles.add(role.get());
          } else {
            errors.add(ImportRejectedException.RowError.of(line, SubjectColumn.ROLES, "不认识的角色：" + word,
                "unknown role: " + word));
          }
        }
      }
    }
    KeyArea keyArea = choice(line, v, SubjectColumn.KEY_AREA, KeyArea.values(), KeyArea::label, errors);
    RiskLevel risk = choice(line, v, SubjectColumn.RISK, RiskLevel.values(), RiskLevel::label, errors);
    Long followers = null;
    BigDecimal turnover = null;
    try {
      followers = v.containsKey(SubjectColumn.FOLLOWERS)
          ? Long.valueOf(v.get(SubjectColumn.FOLLOWERS).replace(",", "")) : null;
    } catch (NumberFormatException e) {
      errors.add(ImportRejectedException.RowError.of(line, SubjectColumn.FOLLOWERS, "须为整数", "must be a whole number"));
    }
    try {
      turnover = v.containsKey(SubjectColumn.TURNOVER)
          ? new BigDecimal(v.get(SubjectColumn.TURNOVER).replace(",", "")) : null;
    } catch (NumberFormatException e) {
      errors.add(ImportRejectedException.RowError.of(line, SubjectColumn.TURNOVER, "须为数字", "must be a number"));
    }
    return new SubjectInput(roles, v.get(SubjectColumn.NAME), v.get(SubjectColumn.CREDIT_CODE),
        v.get(SubjectColumn.PLATFORM), v.get(SubjectColumn.ACCOUNT), v.get(SubjectColumn.DISTRICT), keyArea, followers,
        turnover, risk);
  }

  private static Optional<SubjectType> role(String word) {
    for (SubjectType type : SubjectType.values()) {
      if (type.name().equalsIgnoreCase(word) || type.label().equals(word)) {
        return Optional.of(type);
      }
    }
    return Optional.ofNullable(ROLE_WORDS.get(word.toUpperCase(Locale.ROOT)))
        .or(() -> Optional.ofNullable(ROLE_WORDS.get(word)));
  }

  private static <E extends Enum<E>> E choice(int line, Map<SubjectColumn, String> v, SubjectColumn column,
      E[] values, java.util.function.Function<E, String> label, List<ImportRejectedException.RowError> errors) {
    String text = v.get(column);
    if (text == null) {
      return null;
    }
    for (E value : values) {
      if (value.name().equalsIgnoreCase(text) || label.apply(value).equals(text)) {
        return value;
      }
    }
    String allowed = Arrays.stream(values).map(label).collect(Collectors.joining("、"));
    errors.add(ImportRejectedException.RowError.of(line, column, "无效的取值：" + text + "（可填：" + allowed + "）",
        "not a valid value: " + text));
    return null;
  }

  private static Optional<SubjectColumn> column(String field) {
    String base = field.replaceAll("\\[.*$", "").replaceAll("\\..*$", "");
    return Arrays.stream(SubjectColumn.values()).filter(c -> c.field().equals(base)).findFirst();
  }

  /** The template: header and one example line, CSV UTF-8 with BOM so Excel opens it right. */
  public static byte[] csvTemplate() {
    StringBuilder text = new StringBuilder("\uFEFF");
    text.append(Arrays.stream(SubjectColumn.values()).map(SubjectColumn::header).collect(Collectors.joining(",")))
        .append("\r\n");
    text.append(Arrays.stream(SubjectColumn.values()).map(SubjectColumn::example).collect(Collectors.joining(",")))
        .append("\r\n");
    return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
