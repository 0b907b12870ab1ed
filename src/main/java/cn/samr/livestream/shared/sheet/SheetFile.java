package cn.samr.livestream.shared.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * An uploaded table read into lines of text cells: a CSV file in UTF-8 (with or without BOM; RFC 4180 quoting,
 * so fields may hold commas, quotes and line breaks) or the first sheet of an .xlsx workbook. Blank lines are
 * skipped; each line keeps the number the user sees it on: the physical line a CSV record starts on, the
 * sheet's row number in a workbook. What the columns mean is the caller's (spot checks, the subject register).
 */
public final class SheetFile {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0};

  /** A CSV record or sheet row: the line it starts on and its cells. */
  public record Line(int line, List<String> cells) {

    public boolean blank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }

  private SheetFile() {
  }

  /**
   * The file's non-blank lines (the first is the header), each with the line the user sees it on. The file name
   * decides between CSV and xlsx (the content must agree). A workbook is read up to {@code maxRows} + 2
   * non-blank rows: enough for the caller to refuse a file with too many.
   */
  public static List<Line> read(String fileName, byte[] content, long maxFileBytes, int maxRows) {
    if (content.length > maxFileBytes) {
      throw SheetFileException.tooLarge();
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
    boolean zip = startsWith(content, ZIP);
    if (name.endsWith(".xls") || startsWith(content, OLE2)) {
      throw new SheetFileException("UNSUPPORTED_FILE_TYPE", "不支持旧版Excel（.xls）文件，请另存为.xlsx或CSV UTF-8",
          "old Excel files (.xls) are not supported; save as .xlsx or CSV UTF-8");
    }
    if (name.endsWith(".xlsx") || !name.endsWith(".csv") && zip) {
      if (!zip) {
        throw new SheetFileException("UNREADABLE_FILE", "文件不是有效的.xlsx工作簿", "not a valid .xlsx workbook");
      }
      return workbook(content, maxRows);
    }
    if (!name.endsWith(".csv") && !name.endsWith(".txt") && !name.isEmpty()) {
      throw new SheetFileException("UNSUPPORTED_FILE_TYPE", "只接受.csv（UTF-8）或.xlsx文件",
          "only .csv (UTF-8) and .xlsx files are accepted");
    }
    if (zip) {
      throw new SheetFileException("UNREADABLE_FILE", "文件名为.csv，内容却是Excel工作簿，请改为.xlsx",
          "named .csv but holds an Excel workbook; name it .xlsx");
    }
    return csv(content);
  }

  // ---------------------------------------------------------------- CSV

  static List<Line> csv(byte[] content) {
    int offset = startsWith(content, BOM) ? BOM.length : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw new SheetFileException("NOT_UTF8", "CSV文件不是UTF-8编码，请在Excel中另存为“CSV UTF-8（逗号分隔）”或上传.xlsx",
          "the CSV file is not UTF-8; save it as \"CSV UTF-8 (comma delimited)\" or upload .xlsx");
    }
    return new CsvReader(text).records().stream().filter(r -> !r.blank()).toList();
  }


  /** RFC 4180: comma-separated, fields in double quotes may hold commas, "" and line breaks. */
  static final class CsvReader {
    private final String text;
    private int pos;
    private int line = 1;

    CsvReader(String text) {
      this.text = text;
    }

    List<Line> records() {
      List<Line> records = new ArrayList<>();
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
          throw new SheetFileException(start, "引号未闭合（从第" + start + "行开始）",
              "a quoted field is not closed (starting on line " + start + ")");
        }
        cells.add(cell.toString());
        records.add(new Line(start, cells));
      }
      return records;
    }
  }

  // ---------------------------------------------------------------- xlsx

  static List<Line> workbook(byte[] content, int maxRows) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw SheetFileException.empty();
      }
      Sheet sheet = workbook.getSheetAt(0);
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      DataFormatter formatter = new DataFormatter(Locale.CHINA);
      List<Line> records = new ArrayList<>();
      int dataRows = 0;
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
          cells.add(text(row.getCell(i), formatter, evaluator));
        }
        Line record = new Line(row.getRowNum() + 1, cells);
        if (!record.blank()) {
          records.add(record);
          // stop reading a huge sheet early: header + MAX_ROWS + one more is enough to refuse it
          if (++dataRows > maxRows + 1) {
            break;
          }
        }
      }
      return records;
    } catch (IOException | RuntimeException e) {
      if (e instanceof SheetFileException rejected) {
        throw rejected;
      }
      throw new SheetFileException("UNREADABLE_FILE", "无法读取.xlsx文件，请确认文件未损坏、未加密",
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
