package cn.samr.livestream.report;

import cn.samr.livestream.report.StatisticsColumn.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly statistics table as an Excel workbook, laid out as the districts file it
 * (网络直播营销活动监管数据统计表, seed 000 附件3): title, reporting unit, whether the figures are final,
 * two header rows (group and column), one row per district, the city totals, notes. Rates are
 * percentages, amounts yuan with two decimals.
 */
public final class StatisticsWorkbook {

  /** The sheet's name. */
  public static final String SHEET_NAME = "监管数据统计表";
  /** Rows before the table: title, reporting unit, status; then the two header rows. */
  public static final int TITLE_ROW = 0;
  public static final int UNIT_ROW = 1;
  public static final int STATUS_ROW = 2;
  public static final int GROUP_HEADER_ROW = 3;
  public static final int HEADER_ROW = 4;
  public static final int FIRST_DATA_ROW = 5;

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String FONT = "宋体";

  private StatisticsWorkbook() {
  }

  /** "网络直播营销活动监管数据统计表（2026年10月）". */
  public static String title(YearMonth month) {
    return "网络直播营销活动监管数据统计表（" + month.getYear() + "年" + month.getMonthValue() + "月）";
  }

  /** "已定稿（…）" or "未定稿，数据截至 …". */
  public static String statusNote(MonthlyStatistics statistics) {
    return statistics.frozen()
        ? "已定稿（定稿时间：" + format(statistics.frozenAt()) + "）"
        : "未定稿，数据截至 " + format(statistics.asOf()) + "（北京时间），以定稿数据为准";
  }

  /**
   * The workbook as bytes.
   *
   * @param reportingUnit the unit named on the 填报单位 line
   */
  public static byte[] write(MonthlyStatistics statistics, String reportingUnit, List<StatisticsColumn> columns) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(SHEET_NAME);
      int last = columns.size() - 1;

      Row title = sheet.createRow(TITLE_ROW);
      title.setHeightInPoints(30);
      text(title, 0, title(statistics.month()), styles.title);
      sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, last));

      YearMonth month = statistics.month();
      text(sheet.createRow(UNIT_ROW), 0, "填报单位：" + reportingUnit + "　　统计期间：" + month.getYear() + "年"
          + month.getMonthValue() + "月1日至" + month.getMonthValue() + "月" + month.lengthOfMonth() + "日", styles.info);
      sheet.addMergedRegion(new CellRangeAddress(UNIT_ROW, UNIT_ROW, 0, last));
      text(sheet.createRow(STATUS_ROW), 0, "状态：" + statusNote(statistics), styles.info);
      sheet.addMergedRegion(new CellRangeAddress(STATUS_ROW, STATUS_ROW, 0, last));

      header(sheet, columns, styles);

      int rowIndex = FIRST_DATA_ROW;
      for (DistrictFigures figures : statistics.districts()) {
        dataRow(sheet.createRow(rowIndex++), figures, columns, styles.body);
      }
      if (statistics.total() != null) {
        dataRow(sheet.createRow(rowIndex++), statistics.total(), columns, styles.total);
      }

      rowIndex++;
      for (String note : List.of(
          "注：1. 统计期间按北京时间计，各项按其发生日期（收到、受理、办结、核查、制发、立案、作出决定、移送、履行、上报）计入当月；",
          "2. 按时办结率＝按时办结÷办结，按时核查率＝按时核查÷核查，配额完成率＝抽查条次÷抽查配额，分母为零时空白；全市合计的比率按合计数计算；",
          "3. 金额单位为元，保留两位小数；统计口径详见《网络直播营销监管月度数据报送》说明（docs/monthly-report.md）。")) {
        Row row = sheet.createRow(rowIndex);
        text(row, 0, note, styles.note);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, last));
        rowIndex++;
      }

      for (int i = 0; i < columns.size(); i++) {
        sheet.setColumnWidth(i, width(columns.get(i).kind()) * 256);
      }
      sheet.createFreezePane(1, FIRST_DATA_ROW);
      PrintSetup print = sheet.getPrintSetup();
      print.setLandscape(true);
      print.setPaperSize(PrintSetup.A3_PAPERSIZE);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      sheet.setRepeatingRows(new CellRangeAddress(GROUP_HEADER_ROW, HEADER_ROW, -1, -1));

      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Group headings over their columns; a column without group spans both header rows. */
  private static void header(Sheet sheet, List<StatisticsColumn> columns, Styles styles) {
    Row groups = sheet.createRow(GROUP_HEADER_ROW);
    Row labels = sheet.createRow(HEADER_ROW);
    groups.setHeightInPoints(22);
    labels.setHeightInPoints(36);
    int i = 0;
    while (i < columns.size()) {
      StatisticsColumn column = columns.get(i);
      if (column.group() == null) {
        text(groups, i, column.label(), styles.header);
        text(labels, i, null, styles.header);
        sheet.addMergedRegion(new CellRangeAddress(GROUP_HEADER_ROW, HEADER_ROW, i, i));
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < columns.size() && column.group().equals(columns.get(end + 1).group())) {
        end++;
      }
      for (int j = i; j <= end; j++) {
        text(groups, j, j == i ? column.group() : null, styles.header);
        text(labels, j, columns.get(j).label(), styles.header);
      }
      if (end > i) {
        sheet.addMergedRegion(new CellRangeAddress(GROUP_HEADER_ROW, GROUP_HEADER_ROW, i, end));
      }
      i = end + 1;
    }
  }

  private static void dataRow(Row row, DistrictFigures figures, List<StatisticsColumn> columns,
      Map<Kind, CellStyle> styles) {
    for (int i = 0; i < columns.size(); i++) {
      StatisticsColumn column = columns.get(i);
      Object value = column.value().apply(figures);
      Cell cell = row.createCell(i);
      cell.setCellStyle(styles.get(column.kind()));
      switch (column.kind()) {
        case COUNT -> cell.setCellValue(((Number) value).doubleValue());
        case AMOUNT -> cell.setCellValue(((BigDecimal) value).doubleValue());
        case RATE -> {
          if (value != null) {
            cell.setCellValue(((BigDecimal) value).movePointLeft(2).doubleValue());
          }
        }
        case FLAG -> {
          if (figures.getUnitCode() != null) {
            cell.setCellValue(value == null ? "未报送" : (Boolean) value ? "是" : "否");
          }
        }
        case NAME, TEXT -> {
          if (value != null) {
            cell.setCellValue(value.toString());
          }
        }
        default -> throw new IllegalStateException("Unknown column kind " + column.kind());
      }
    }
  }

  private static int width(Kind kind) {
    return switch (kind) {
      case NAME -> 26;
      case COUNT, RATE -> 10;
      case FLAG -> 9;
      case AMOUNT -> 15;
      case TEXT -> 36;
    };
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }

  private static String format(LocalDateTime time) {
    return time == null ? "" : time.format(MINUTES);
  }

  /** The workbook's cell styles. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle info;
    final CellStyle note;
    final CellStyle header;
    final Map<Kind, CellStyle> body = new EnumMap<>(Kind.class);
    final Map<Kind, CellStyle> total = new EnumMap<>(Kind.class);

    Styles(Workbook workbook) {
      Font titleFont = font(workbook, 16, true);
      Font plain = font(workbook, 11, false);
      Font bold = font(workbook, 11, true);
      short count = workbook.createDataFormat().getFormat("0");
      short amount = workbook.createDataFormat().getFormat("#,##0.00");
      short rate = workbook.createDataFormat().getFormat("0.0%");

      title = workbook.createCellStyle();
      title.setFont(titleFont);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setVerticalAlignment(VerticalAlignment.CENTER);
      info = workbook.createCellStyle();
      info.setFont(plain);
      note = workbook.createCellStyle();
      note.setFont(font(workbook, 10, false));
      header = bordered(workbook, bold, HorizontalAlignment.CENTER);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      fill(workbook, body, plain, count, amount, rate);
      fill(workbook, total, bold, count, amount, rate);
    }

    /** One style per kind of column, in the given font. */
    private static void fill(Workbook workbook, Map<Kind, CellStyle> styles, Font font, short count, short amount,
        short rate) {
      styles.put(Kind.NAME, bordered(workbook, font, HorizontalAlignment.LEFT));
      styles.put(Kind.COUNT, bordered(workbook, font, HorizontalAlignment.RIGHT));
      styles.get(Kind.COUNT).setDataFormat(count);
      styles.put(Kind.AMOUNT, bordered(workbook, font, HorizontalAlignment.RIGHT));
      styles.get(Kind.AMOUNT).setDataFormat(amount);
      styles.put(Kind.RATE, bordered(workbook, font, HorizontalAlignment.RIGHT));
      styles.get(Kind.RATE).setDataFormat(rate);
      styles.put(Kind.FLAG, bordered(workbook, font, HorizontalAlignment.CENTER));
      CellStyle text = bordered(workbook, font, HorizontalAlignment.LEFT);
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      styles.put(Kind.TEXT, text);
    }

    private static Font font(Workbook workbook, int points, boolean bold) {
      Font font = workbook.createFont();
      font.setFontName(FONT);
      font.setFontHeightInPoints((short) points);
      font.setBold(bold);
      return font;
    }

    private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setAlignment(alignment);
      style.setVerticalAlignment(VerticalAlignment.CENTER);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
