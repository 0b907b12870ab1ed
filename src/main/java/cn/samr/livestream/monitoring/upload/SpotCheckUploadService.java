package cn.samr.livestream.monitoring.upload;

import cn.samr.livestream.monitoring.FocusArea;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.monitoring.MonitoringService.RecordedCheck;
import cn.samr.livestream.monitoring.SamplingResult;
import cn.samr.livestream.monitoring.SpotCheckAssignment;
import cn.samr.livestream.monitoring.SpotCheckRequest;
import cn.samr.livestream.monitoring.SpotCheckResult;
import cn.samr.livestream.monitoring.upload.SpotCheckSheet.SheetRow;
import cn.samr.livestream.shared.FieldError;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch upload of spot checks (抽查记录批量导入), all or nothing: every row is first turned into a
 * SpotCheckRequest and checked with the rules of the single API (MonitoringService.validate) and the
 * recorder's right to the row's district; only when every row passes are they recorded, in one
 * transaction, suspected violations starting clue-verification as single checks do.
 */
@Service
@Transactional
public class SpotCheckUploadService {

  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
  private static final Set<String> YES = Set.of("是", "已抽检", "y", "yes", "true", "1");
  private static final Set<String> NO = Set.of("否", "未抽检", "n", "no", "false", "0");

  private final MonitoringService monitoring;

  public SpotCheckUploadService(MonitoringService monitoring) {
    this.monitoring = monitoring;
  }

  /** One stored row: its line, the check and the clue a suspected violation started. */
  public record StoredRow(int line, long checkId, String checkNo, Long clueId, String clueNo) {
  }

  /** The answer to a good file. */
  public record UploadResult(int rowsStored, int cluesStarted, List<StoredRow> rows) {
  }

  /**
   * Validates every row, then stores them all; refuses the whole file with every row's problems
   * otherwise.
   *
   * @param groups the recorder's groups: rows may only name districts the recorder may record for
   */
  public UploadResult upload(SpotCheckSheet sheet, String actor, Collection<String> groups) {
    List<LineError> errors = new ArrayList<>();
    List<SpotCheckRequest> requests = new ArrayList<>();
    Map<String, Object> assignments = new HashMap<>();
    for (SheetRow row : sheet.rows()) {
      requests.add(request(row, groups, errors, assignments));
    }
    if (!errors.isEmpty()) {
      throw UploadRejectedException.rows(errors);
    }
    List<StoredRow> stored = new ArrayList<>();
    Set<Long> touched = new LinkedHashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      int line = sheet.rows().get(i).line();
      try {
        RecordedCheck check = monitoring.recordInBatch(requests.get(i), actor);
        stored.add(new StoredRow(line, check.checkId(), check.checkNo(), check.clueId(), check.clueNo()));
        touched.add(check.assignmentId());
      } catch (InvalidInputException e) {
        // rules checked above hold; whatever still fails takes the whole file back
        throw UploadRejectedException.rows(lineErrors(line, e.errors(), EnumSet.noneOf(SpotCheckColumn.class)));
      }
    }
    touched.forEach(monitoring::updateProgress);
    int clues = (int) stored.stream().filter(r -> r.clueId() != null).count();
    return new UploadResult(stored.size(), clues, stored);
  }

  /**
   * The row as a request; its problems added to errors (then the request is not to be used). The
   * assignment of each district and month is looked up once per file (the assignment or the
   * InvalidInputException, kept in assignments).
   */
  SpotCheckRequest request(SheetRow row, Collection<String> groups, List<LineError> errors,
      Map<String, Object> assignments) {
    int line = row.line();
    Set<SpotCheckColumn> failed = EnumSet.noneOf(SpotCheckColumn.class);
    List<LineError> found = new ArrayList<>();
    Parser parse = new Parser(row, failed, found);
    LocalDate checkDate = parse.date(SpotCheckColumn.CHECK_DATE);
    FocusArea focusArea = parse.choice(SpotCheckColumn.FOCUS_AREA, FocusArea.class, FocusArea::label);
    SpotCheckResult result = parse.choice(SpotCheckColumn.RESULT, SpotCheckResult.class, SpotCheckResult::label);
    ViolationCategory category = parse.choice(SpotCheckColumn.VIOLATION_CATEGORY, ViolationCategory.class,
        ViolationCategory::label);
    Boolean samplingDone = parse.yesNo(SpotCheckColumn.SAMPLING_DONE);
    SamplingResult samplingResult = parse.choice(SpotCheckColumn.SAMPLING_RESULT, SamplingResult.class,
        SamplingResult::label);
    Long assignmentId = null;
    if (checkDate != null) {
      String district = row.text(SpotCheckColumn.DISTRICT);
      Object assignment = assignments.computeIfAbsent(district + "|" + YearMonth.from(checkDate), key -> {
        try {
          return monitoring.assignmentFor(district, checkDate, groups);
        } catch (InvalidInputException e) {
          return e;
        }
      });
      if (assignment instanceof SpotCheckAssignment named) {
        assignmentId = named.getId();
      } else {
        InvalidInputException e = (InvalidInputException) assignment;
        found.addAll(lineErrors(line, e.errors(), failed));
        e.errors().forEach(error -> failed.add(SpotCheckColumn.byField(error.field())));
      }
    }
    SpotCheckRequest request = new SpotCheckRequest(assignmentId, checkDate, row.text(SpotCheckColumn.PLATFORM),
        row.text(SpotCheckColumn.LIVE_ROOM), row.text(SpotCheckColumn.ACCOUNT), row.text(SpotCheckColumn.PRODUCT),
        focusArea, result, category, row.text(SpotCheckColumn.DESCRIPTION), samplingDone, samplingResult);
    boolean noAssignment = assignmentId == null;
    try {
      monitoring.validate(request);
    } catch (InvalidInputException e) {
      List<FieldError> rest = e.errors().stream()
          // without an assignment (told above, or the date told) the service asks for one: said already
          .filter(error -> !("assignmentId".equals(error.field()) && noAssignment))
          .toList();
      found.addAll(lineErrors(line, rest, failed));
    }
    found.sort(java.util.Comparator.comparing(
        (LineError error) -> error.column() == null ? -1 : SpotCheckColumn.byHeader(error.column()).orElseThrow().ordinal()));
    errors.addAll(found);
    return request;
  }

  /** The service's field errors on this line, in the template's column order, less the columns told already. */
  private static List<LineError> lineErrors(int line, List<FieldError> errors, Set<SpotCheckColumn> told) {
    return errors.stream()
        .filter(error -> !told.contains(SpotCheckColumn.byField(error.field())))
        .sorted(java.util.Comparator.comparing(error -> SpotCheckColumn.byField(error.field()).ordinal()))
        .map(error -> {
          SpotCheckColumn column = SpotCheckColumn.byField(error.field());
          return new LineError(line, column.header(), error.field(), error.message());
        })
        .toList();
  }

  /** Turns one row's texts into values, noting the columns it could not read. */
  private static final class Parser {
    private final SheetRow row;
    private final Set<SpotCheckColumn> failed;
    private final List<LineError> errors;

    Parser(SheetRow row, Set<SpotCheckColumn> failed, List<LineError> errors) {
      this.row = row;
      this.failed = failed;
      this.errors = errors;
    }

    LocalDate date(SpotCheckColumn column) {
      String text = row.text(column);
      if (text == null) {
        return null;
      }
      for (DateTimeFormatter format : DATES) {
        try {
          return LocalDate.parse(text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) : text, format);
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
      fail(column, "日期格式不正确：" + text + "（应为2026-03-05）", "not a date: " + text + " (write 2026-03-05)");
      return null;
    }

    /** An enum by its code (FOOD) or its Chinese label (食品). */
    <E extends Enum<E>> E choice(SpotCheckColumn column, Class<E> type, Function<E, String> label) {
      String text = row.text(column);
      if (text == null) {
        return null;
      }
      for (E value : type.getEnumConstants()) {
        if (value.name().equalsIgnoreCase(text) || label.apply(value).equals(text)) {
          return value;
        }
      }
      String labels = Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining("、"));
      String codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      fail(column, "取值无效：" + text + "（可填：" + labels + "）", "invalid value: " + text + " (one of " + codes + ")");
      return null;
    }

    Boolean yesNo(SpotCheckColumn column) {
      String text = row.text(column);
      if (text == null) {
        return null;
      }
      String value = text.toLowerCase(Locale.ROOT);
      if (YES.contains(value)) {
        return true;
      }
      if (NO.contains(value)) {
        return false;
      }
      fail(column, "请填“是”或“否”：" + text, "write 是 (yes) or 否 (no): " + text);
      return null;
    }

    private void fail(SpotCheckColumn column, String chinese, String english) {
      failed.add(column);
      errors.add(LineError.of(row.line(), column, chinese, english));
    }
  }
}
