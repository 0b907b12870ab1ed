package cn.samr.livestream.monitoring.upload;

import cn.samr.livestream.monitoring.FocusArea;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.monitoring.MonitoringService.RecordedCheck;
import cn.samr.livestream.monitoring.SamplingResult;
import cn.samr.livestream.monitoring.SpotCheck;
import cn.samr.livestream.monitoring.SpotCheckAssignment;
import cn.samr.livestream.monitoring.SpotCheckRequest;
import cn.samr.livestream.monitoring.SpotCheckResult;
import cn.samr.livestream.monitoring.upload.SpotCheckSheet.SheetRow;
import cn.samr.livestream.shared.FieldError;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.ViolationCategory;
import java.nio.file.Path;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch upload of spot checks (抽查记录批量导入), all or nothing, for files of up to
 * {@link SpotCheckSheet#MAX_ROWS} rows kept on disk and read twice, never whole in memory: the first pass turns
 * every row into a SpotCheckRequest and checks it with the rules of the single API (MonitoringService.check,
 * each district's assignment looked up once per file) and the recorder's right to the row's district, keeping
 * only the errors; only when every row passes does the second pass record them, in one transaction, many rows per
 * INSERT, each suspected violation starting clue-verification as a single check does. A log line every
 * {@link #PROGRESS_EVERY} rows tells how far each pass is (counts only, no content).
 */
@Service
@Transactional
public class SpotCheckUploadService {

  private static final Logger log = LoggerFactory.getLogger(SpotCheckUploadService.class);

  /** A progress line every this many rows. */
  static final int PROGRESS_EVERY = 10_000;
  /** Rows of one INSERT statement. */
  static final int INSERT_ROWS = 500;

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
   * Checks every row of the file, then stores them all; refuses the whole file with every row's problems
   * otherwise.
   *
   * @param file the upload on disk (CSV or xlsx as {@code fileName} says); read twice, left in place
   * @param groups the recorder's groups: rows may only name districts the recorder may record for
   */
  public UploadResult upload(String fileName, Path file, String actor, Collection<String> groups) {
    long begin = System.nanoTime();
    List<LineError> errors = new ArrayList<>();
    Map<String, Object> assignments = new HashMap<>();
    int[] checked = {0};
    int total = SpotCheckSheet.stream(fileName, file, row -> {
      request(row, groups, errors, assignments);
      progress("checked", ++checked[0], null, begin);
    });
    if (!errors.isEmpty()) {
      log.info("spot-check upload refused: {} of {} rows checked have errors", errors.stream()
          .map(LineError::line).distinct().count(), total);
      throw UploadRejectedException.rows(errors);
    }
    Storing storing = new Storing(actor, total, begin);
    SpotCheckSheet.stream(fileName, file, row -> storing.add(row.line(), request(row, groups, errors, assignments)));
    storing.flush();
    if (!errors.isEmpty()) {
      // the same rows as in the first pass: only a file changed in between gets here
      throw UploadRejectedException.rows(errors);
    }
    storing.touched.forEach(monitoring::updateProgress);
    int clues = (int) storing.stored.stream().filter(r -> r.clueId() != null).count();
    log.info("spot-check upload stored {} rows ({} clues started) in {} ms", storing.stored.size(), clues,
        (System.nanoTime() - begin) / 1_000_000);
    return new UploadResult(storing.stored.size(), clues, storing.stored);
  }

  private static void progress(String what, int rows, Integer total, long begin) {
    if (rows % PROGRESS_EVERY == 0) {
      log.info("spot-check upload: {} rows {}{} after {} ms", rows, what, total == null ? "" : " of " + total,
          (System.nanoTime() - begin) / 1_000_000);
    }
  }

  /**
   * The second pass: rows without a suspected violation gathered and written {@link #INSERT_ROWS} at a time; a
   * suspected violation written at once, after the rows before it, with its clue (ids follow the file's order).
   */
  private final class Storing {
    private final String actor;
    private final int total;
    private final long begin;
    private final List<StoredRow> stored = new ArrayList<>();
    private final Set<Long> touched = new LinkedHashSet<>();
    private final List<SpotCheckRequest> pending = new ArrayList<>(INSERT_ROWS);
    private final List<Integer> pendingLines = new ArrayList<>(INSERT_ROWS);

    Storing(String actor, int total, long begin) {
      this.actor = actor;
      this.total = total;
      this.begin = begin;
    }

    void add(int line, SpotCheckRequest request) {
      touched.add(request.assignmentId());
      if (request.result() == SpotCheckResult.SUSPECTED_VIOLATION) {
        flush();
        try {
          RecordedCheck check = monitoring.recordInBatch(request, actor);
          stored.add(new StoredRow(line, check.checkId(), check.checkNo(), check.clueId(), check.clueNo()));
        } catch (InvalidInputException e) {
          // rules checked above hold; whatever still fails takes the whole file back
          throw UploadRejectedException.rows(lineErrors(line, e.errors(), EnumSet.noneOf(SpotCheckColumn.class)));
        }
        progress("stored", stored.size(), total, begin);
      } else {
        pending.add(request);
        pendingLines.add(line);
        if (pending.size() == INSERT_ROWS) {
          flush();
        }
      }
    }

    void flush() {
      List<Long> ids = monitoring.recordNormalInBatch(pending, actor);
      for (int i = 0; i < ids.size(); i++) {
        stored.add(new StoredRow(pendingLines.get(i), ids.get(i), SpotCheck.number(ids.get(i)), null, null));
        progress("stored", stored.size(), total, begin);
      }
      pending.clear();
      pendingLines.clear();
    }
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
      Object assignment = assignments.computeIfAbsent(assignmentKey(row, checkDate), key -> {
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
      if (noAssignment) {
        monitoring.validate(request);
      } else {
        monitoring.check(request, (SpotCheckAssignment) assignments.get(assignmentKey(row, checkDate)));
      }
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

  private static String assignmentKey(SheetRow row, LocalDate checkDate) {
    return row.text(SpotCheckColumn.DISTRICT) + "|" + YearMonth.from(checkDate);
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
