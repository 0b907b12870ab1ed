package cn.samr.livestream.monitoring.upload;

import cn.samr.livestream.shared.sheet.SheetFile;
import cn.samr.livestream.shared.sheet.SheetFile.Line;
import cn.samr.livestream.shared.sheet.SheetFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A spot-check upload file read into rows of text by column: a CSV file in UTF-8 (with or without BOM;
 * RFC 4180 quoting, so fields may hold commas, quotes and line breaks) or the first sheet of an .xlsx
 * workbook. The first non-blank line is the header; blank lines are skipped. Each row keeps the line the
 * user sees it on: the physical line a CSV record starts on, the sheet's row number in a workbook.
 * {@link #stream} reads a file on disk row by row (the upload: up to {@link #MAX_ROWS} rows, never all in
 * memory); {@link #read} holds a small file's rows (templates, tests).
 */
public record SpotCheckSheet(List<SheetRow> rows) {

  /** Upload size limit; spring.servlet.multipart.max-file-size in application.yaml is 1 MB above it. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** Data rows (header and blank lines not counted) one file may hold: a month's results of a third-party monitor. */
  public static final int MAX_ROWS = 100_000;


  /** One data row: its line and the text of each column the file has (trimmed, never null). */
  public record SheetRow(int line, Map<SpotCheckColumn, String> values) {

    /** The column's text, or null when the file has no such column or the cell is blank. */
    public String text(SpotCheckColumn column) {
      String value = values.get(column);
      return value == null || value.isBlank() ? null : value;
    }
  }

  /** Reads a small upload whole; the file name decides between CSV and xlsx (the content must agree). */
  public static SpotCheckSheet read(String fileName, byte[] content) {
    if (content.length > MAX_FILE_BYTES) {
      throw UploadRejectedException.tooLarge(MAX_FILE_BYTES);
    }
    Path file = null;
    try {
      file = Files.createTempFile("spot-check-sheet-", ".upload");
      Files.write(file, content);
      List<SheetRow> rows = new ArrayList<>();
      stream(fileName, file, rows::add);
      return new SpotCheckSheet(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(file);
    }
  }

  /**
   * Reads an upload kept on disk and hands each data row to {@code rows}, in order, holding only the row at hand;
   * returns how many there were. The whole file is refused ({@link UploadRejectedException}) when it is too large,
   * of the wrong kind or encoding, has a bad header, no rows, more than {@link #MAX_ROWS} rows (as soon as the
   * next one is read) or rows with cells beyond the header (all of them, after the last row: the consumer has
   * seen every row by then).
   */
  public static int stream(String fileName, Path file, Consumer<SheetRow> rows) {
    Reading reading = new Reading(rows);
    try {
      SheetFile.stream(fileName, file, MAX_FILE_BYTES, reading::line);
    } catch (SheetFileException e) {
      if (e.isTooLarge()) {
        throw UploadRejectedException.tooLarge(MAX_FILE_BYTES);
      }
      throw e.line() != null
          ? UploadRejectedException.rows(List.of(LineError.of(e.line(), null, e.chinese(), e.english())))
          : UploadRejectedException.file(e.code(), e.chinese(), e.english());
    }
    if (reading.columns == null) {
      throw empty();
    }
    if (reading.count == 0) {
      throw UploadRejectedException.file("NO_ROWS", "文件只有表头，没有抽查记录", "the file has a header but no rows");
    }
    if (!reading.errors.isEmpty()) {
      throw UploadRejectedException.rows(reading.errors);
    }
    return reading.count;
  }

  static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file: the system's temp cleaning removes what is left
      }
    }
  }

  // ---------------------------------------------------------------- header and rows

  /** One pass over the lines: the header first, then each data row. */
  private static final class Reading {
    private final Consumer<SheetRow> rows;
    private final List<LineError> errors = new ArrayList<>();
    private List<SpotCheckColumn> columns;
    private int count;

    Reading(Consumer<SheetRow> rows) {
      this.rows = rows;
    }

    void line(Line record) {
      if (columns == null) {
        columns = header(record);
        return;
      }
      if (++count > MAX_ROWS) {
        throw UploadRejectedException.file("TOO_MANY_ROWS", "一个文件最多" + MAX_ROWS + "条抽查记录，请分成几个文件上传",
            "at most " + MAX_ROWS + " rows per file; split it into several files");
      }
      Map<SpotCheckColumn, String> values = new EnumMap<>(SpotCheckColumn.class);
      for (int i = 0; i < record.cells().size(); i++) {
        String cell = record.cells().get(i) == null ? "" : record.cells().get(i).trim();
        if (i < columns.size()) {
          if (columns.get(i) != null) {
            values.put(columns.get(i), cell);
          }
        } else if (!cell.isEmpty()) {
          errors.add(LineError.of(record.line(), null, "第" + (i + 1) + "列没有表头",
              "column " + (i + 1) + " has no header"));
          break;
        }
      }
      rows.accept(new SheetRow(record.line(), values));
    }
  }

  /** The header's columns by position (null for an empty trailing header cell); every problem refused at once. */
  private static List<SpotCheckColumn> header(Line header) {
    List<SpotCheckColumn> columns = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Set<SpotCheckColumn> seen = new LinkedHashSet<>();
    List<String> repeated = new ArrayList<>();
    List<String> cells = new ArrayList<>(header.cells());
    while (!cells.isEmpty() && (cells.get(cells.size() - 1) == null || cells.get(cells.size() - 1).isBlank())) {
      cells.remove(cells.size() - 1);
    }
    for (String cell : cells) {
      Optional<SpotCheckColumn> column = SpotCheckColumn.byHeader(cell);
      if (column.isEmpty()) {
        unknown.add(cell == null || cell.isBlank() ? "（空）" : cell.trim());
        columns.add(null);
      } else {
        if (!seen.add(column.get())) {
          repeated.add(cell.trim());
        }
        columns.add(column.get());
      }
    }
    List<LineError> errors = new ArrayList<>();
    String known = Arrays.stream(SpotCheckColumn.values()).map(SpotCheckColumn::header).collect(Collectors.joining("、"));
    if (!unknown.isEmpty()) {
      errors.add(LineError.of(header.line(), null, "不认识的表头：" + String.join("、", unknown) + "（可用的表头：" + known + "）",
          "unknown header(s): " + String.join(", ", unknown) + " (known headers: " + known + ")"));
    }
    if (!repeated.isEmpty()) {
      errors.add(LineError.of(header.line(), null, "表头重复：" + String.join("、", repeated),
          "header(s) repeated: " + String.join(", ", repeated)));
    }
    for (SpotCheckColumn column : SpotCheckColumn.values()) {
      if (column.required() && !seen.contains(column)) {
        errors.add(LineError.of(header.line(), column, "缺少必填列“" + column.header() + "”",
            "the required column \"" + column.header() + "\" is missing"));
      }
    }
    if (!errors.isEmpty()) {
      String code = unknown.isEmpty() && repeated.isEmpty() ? "MISSING_COLUMNS" : "UNKNOWN_HEADER";
      throw new UploadRejectedException(code, "表头不符合模板（第" + header.line() + "行须为表头）",
          "the header does not match the template (line " + header.line() + " must be the header)", errors);
    }
    return columns;
  }

  private static UploadRejectedException empty() {
    return UploadRejectedException.file("EMPTY_FILE", "文件是空的", "the file is empty");
  }

}
