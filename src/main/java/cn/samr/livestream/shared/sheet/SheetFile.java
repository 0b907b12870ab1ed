package cn.samr.livestream.shared.sheet;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
 * {@link #read} takes the file in memory; {@link #stream} reads a file on disk line by line (large uploads).
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
    return kind(fileName, content) == Kind.XLSX ? workbook(content, maxRows) : csv(content);
  }

  /**
   * Streams the non-blank lines of a file kept on disk to {@code lines}, in order (the first is the header), as
   * {@link #read} reads them but without holding the file or its lines in memory: a CSV file is decoded as it is
   * read; a workbook's first sheet is parsed as XML events (Apache POI's XSSF event API; only the shared strings
   * table, the distinct texts, is held), formulas by the results Excel stored with them. Each call reads the file
   * from its start again, so a caller may go over it twice. The consumer may throw to stop early.
   */
  public static void stream(String fileName, Path file, long maxFileBytes, Consumer<Line> lines) {
    try {
      if (Files.size(file) > maxFileBytes) {
        throw SheetFileException.tooLarge();
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(4);
      }
      if (kind(fileName, head) == Kind.XLSX) {
        XlsxEvents.stream(file, lines);
        return;
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        in.mark(BOM.length);
        if (!startsWith(in.readNBytes(BOM.length), BOM)) {
          in.reset();
        }
        streamCsv(in, lines);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void streamCsv(InputStream in, Consumer<Line> lines) throws IOException {
    try (Reader reader = utf8(in)) {
      new CsvReader(reader).forEach(record -> {
        if (!record.blank()) {
          lines.accept(record);
        }
      });
    } catch (CharacterCodingException e) {
      throw notUtf8();
    }
  }

  private enum Kind { CSV, XLSX }

  /** The file name decides between CSV and xlsx; the first bytes must agree. */
  private static Kind kind(String fileName, byte[] head) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
    boolean zip = startsWith(head, ZIP);
    if (name.endsWith(".xls") || startsWith(head, OLE2)) {
      throw new SheetFileException("UNSUPPORTED_FILE_TYPE", "不支持旧版Excel（.xls）文件，请另存为.xlsx或CSV UTF-8",
          "old Excel files (.xls) are not supported; save as .xlsx or CSV UTF-8");
    }
    if (name.endsWith(".xlsx") || !name.endsWith(".csv") && zip) {
      if (!zip) {
        throw new SheetFileException("UNREADABLE_FILE", "文件不是有效的.xlsx工作簿", "not a valid .xlsx workbook");
      }
      return Kind.XLSX;
    }
    if (!name.endsWith(".csv") && !name.endsWith(".txt") && !name.isEmpty()) {
      throw new SheetFileException("UNSUPPORTED_FILE_TYPE", "只接受.csv（UTF-8）或.xlsx文件",
          "only .csv (UTF-8) and .xlsx files are accepted");
    }
    if (zip) {
      throw new SheetFileException("UNREADABLE_FILE", "文件名为.csv，内容却是Excel工作簿，请改为.xlsx",
          "named .csv but holds an Excel workbook; name it .xlsx");
    }
    return Kind.CSV;
  }

  // ---------------------------------------------------------------- CSV

  static List<Line> csv(byte[] content) {
    int offset = startsWith(content, BOM) ? BOM.length : 0;
    List<Line> records = new ArrayList<>();
    try (Reader reader = utf8(new ByteArrayInputStream(content, offset, content.length - offset))) {
      new CsvReader(reader).forEach(record -> {
        if (!record.blank()) {
          records.add(record);
        }
      });
    } catch (CharacterCodingException e) {
      throw notUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** UTF-8 that refuses bytes which are not UTF-8 (a GBK file from Excel's plain "CSV"). */
  private static Reader utf8(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }

  private static SheetFileException notUtf8() {
    return new SheetFileException("NOT_UTF8", "CSV文件不是UTF-8编码，请在Excel中另存为“CSV UTF-8（逗号分隔）”或上传.xlsx",
        "the CSV file is not UTF-8; save it as \"CSV UTF-8 (comma delimited)\" or upload .xlsx");
  }

  /** RFC 4180: comma-separated, fields in double quotes may hold commas, "" and line breaks; read record by record. */
  static final class CsvReader {
    private static final int END = -1;
    private final Reader in;
    private int next = -2;
    private int line = 1;

    CsvReader(Reader in) {
      this.in = in;
    }

    private int peek() throws IOException {
      if (next == -2) {
        next = in.read();
      }
      return next;
    }

    private int read() throws IOException {
      int c = peek();
      next = -2;
      return c;
    }

    /** Every record, blank ones included, in order. */
    void forEach(Consumer<Line> records) throws IOException {
      while (peek() != END) {
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean endOfRecord = false;
        while (peek() != END && !endOfRecord) {
          char c = (char) read();
          if (quoted) {
            if (c == '"') {
              if (peek() == '"') {
                cell.append('"');
                read();
              } else {
                quoted = false;
              }
            } else {
              if (c == '\n' || c == '\r' && peek() != '\n') {
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
            if (c == '\r' && peek() == '\n') {
              read();
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
        records.accept(new Line(start, cells));
      }
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
      throw unreadableWorkbook();
    }
  }

  static SheetFileException unreadableWorkbook() {
    return new SheetFileException("UNREADABLE_FILE", "无法读取.xlsx文件，请确认文件未损坏、未加密",
        "the .xlsx file cannot be read; is it damaged or encrypted?");
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
