package cn.samr.livestream.monitoring.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spot-check upload file read into rows of text by column: a CSV file in UTF-8 (with or without BOM;
 * RFC 4180 quoting, so fields may hold commas, quotes and line breaks) or the first sheet of an .xlsx
 * workbook. The first non-blank line is the header; blank lines are skipped. Each row keeps the line the
 * user sees it on: the physical line a CSV record starts on, the sheet's row number in a workbook.
 */
public record SpotCheckSheet(List<SheetRow> rows) {

  /** Upload size limit; spring.servlet.multipart.max-file-size in application.yaml says the same. */
  public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
  /** Data rows (header and blank lines not counted) one file may hold. */
  public static final int MAX_ROWS = 2000;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0};

  /** One data row: its line and the text of each column the file has (trimmed, never null). */
  public record SheetRow(int line, Map<SpotCheckColumn, String> values) {

    /** The column's text, or null when the file has no such column or the cell is blank. */
    public String text(SpotCheckColumn column) {
      String value = values.get(column);
      return value == null || value.isBlank() ? null : value;
    }
  }

  /** Reads the upload; the file name decides between CSV and xlsx (the content must agree). */
  public static SpotCheckSheet read(String fileName, byte[] content) {
    if (content.length > MAX_FILE_BYTES) {
      throw UploadRejectedException.tooLarge(MAX_FILE_BYTES);
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
    boolean zip = startsWith(content, ZIP);
    if (name.endsWith(".xls") || startsWith(content, OLE2)) {
      throw UploadRejectedException.file("UNSUPPORTED_FILE_TYPE", "不支持旧版Excel（.xls）文件，请另存为.xlsx或CSV UTF-8",
          "old Excel files (.xls) are not supported; save as .xlsx or CSV UTF-8");
    }
    if (name.endsWith(".xlsx") || !name.endsWith(".csv") && zip) {
      if (!zip) {
        throw UploadRejectedException.file("UNREADABLE_FILE", "文件不是有效的.xlsx工作簿", "not a valid .xlsx workbook");
      }
      return workbook(content);
    }
    if (!name.endsWith(".csv") && !name.endsWith(".txt") && !name.isEmpty()) {
      throw UploadRejectedException.file("UNSUPPORTED_FILE_TYPE", "只接受.csv（UTF-8）或.xlsx文件",
          "only .csv (UTF-8) and .xlsx files are accepted");
    }
    if (zip) {
      throw UploadRejectedException.file("UNREADABLE_FILE", "文件名为.csv，内容却是Excel工作簿，请改为.xlsx",
          "named .csv but holds an Excel workbook; name it .xlsx");
    }
    return csv(content);
  }

  // ---------------------------------------------------------------- CSV

  static SpotCheckSheet csv(byte[] content) {
    int offset = startsWith(content, BOM) ? BOM.length : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw UploadRejectedException.file("NOT_UTF8", "CSV文件不是UTF-8编码，请在Excel中另存为“CSV UTF-8（逗号分隔）”或上传.xlsx",
          "the CSV file is not UTF-8; save it as \"CSV UTF-8 (comma delimited)\" or upload .xlsx");
    }
    List<Record> records = new CsvReader(text).records();
    return fromRecords(records);
  }

  /** A CSV record or sheet row: the line it starts on and its cells. */
  record Record(int line, List<String> cells) {

    boolean blank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }

  /** RFC 4180: comma-separated, fields in double quotes may hold commas, "" and line breaks. */
  static final class CsvReader {
    private final String text;
    private int pos;
    private int line = 1;

    CsvReader(String text) {
      this.text = text;
    }

    List<Record> records() {
      List<Record> records = new ArrayList<>();
      while (pos < text.length()) {
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean endOfRecord = false;
        while (pos < text.length() && !endOfRecord) {
          char c = text.charAt(pos++);
          if (quoted) {
            if (c == '"') {
              if (pos < text.length() && text.charAt(pos) == '"') {
                cell.append('"');
                pos++;
              } else {
                quoted = false;
              }
            } else {
              if (c == '\n' || c == '\r' && !(pos < text.length() && text.charAt(pos) == '\n')) {
                line++;
              }
              cell.append(c);
            }
          } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            cell.setLength(0);
          } else if (c == ',') {
            cells.add(cell.toString());
            cell.setLength(0);
            wasQuoted = false;
          } else if (c == '\r' || c == '\n') {
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
              pos++;
            }
            line++;
            endOfRecord = true;
          } else {
            cell.append(c);
          }
        }
        if (quoted) {
          throw UploadRejectedException.rows(List.of(LineError.of(start, null, "引号未闭合（从第" + start + "行开始）",
              "a quoted field is not closed (starting on line " + start + ")")));
        }
        cells.add(cell.toString());
        records.add(new Record(start, cells));
      }
      return records;
    }
  }

  // ---------------------------------------------------------------- xlsx

  static SpotCheckSheet workbook(byte[] content) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw empty();
      }
      Sheet sheet = workbook.getSheetAt(0);
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      DataFormatter formatter = new DataFormatter(Locale.CHINA);
      List<Record> records = new ArrayList<>();
      int dataRows = 0;
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
          cells.add(text(row.getCell(i), formatter, evaluator));
        }
        Record record = new Record(row.getRowNum() + 1, cells);
        if (!record.blank()) {
          records.add(record);
          // stop reading a huge sheet early: header + MAX_ROWS + one more is enough to refuse it
          if (++dataRows > MAX_ROWS + 1) {
            break;
          }
        }
      }
      return fromRecords(records);
    } catch (IOException | RuntimeException e) {
      if (e instanceof UploadRejectedException rejected) {
        throw rejected;
      }
      throw UploadRejectedException.file("UNREADABLE_FILE", "无法读取.xlsx文件，请确认文件未损坏、未加密",
          "the .xlsx file cannot be read; is it damaged or encrypted?");
    }
  }

  /** A cell as the user sees it; dates as yyyy-MM-dd. */
  private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
      return date.toString();
    }
    return formatter.formatCellValue(cell, evaluator).trim();
  }

  // ---------------------------------------------------------------- header and rows

  private static SpotCheckSheet fromRecords(List<Record> all) {
    List<Record> records = all.stream().filter(r -> !r.blank()).toList();
    if (records.isEmpty()) {
      throw empty();
    }
    Record header = records.get(0);
    List<SpotCheckColumn> columns = header(header);
    List<Record> data = records.subList(1, records.size());
    if (data.isEmpty()) {
      throw UploadRejectedException.file("NO_ROWS", "文件只有表头，没有抽查记录", "the file has a header but no rows");
    }
    if (data.size() > MAX_ROWS) {
      throw UploadRejectedException.file("TOO_MANY_ROWS", "一个文件最多" + MAX_ROWS + "条抽查记录，请分成几个文件上传",
          "at most " + MAX_ROWS + " rows per file; split it into several files");
    }
    List<SheetRow> rows = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    for (Record record : data) {
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
      rows.add(new SheetRow(record.line(), values));
    }
    if (!errors.isEmpty()) {
      throw UploadRejectedException.rows(errors);
    }
    return new SpotCheckSheet(rows);
  }

  /** The header's columns by position (null for an empty trailing header cell); every problem refused at once. */
  private static List<SpotCheckColumn> header(Record header) {
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

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
