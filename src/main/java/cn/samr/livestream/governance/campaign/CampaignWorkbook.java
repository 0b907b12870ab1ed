package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.governance.campaign.CampaignReportService.CampaignReport;
import cn.samr.livestream.governance.campaign.CampaignReportService.Column;
import cn.samr.livestream.governance.campaign.CampaignReportService.Kind;
import cn.samr.livestream.governance.campaign.CampaignReportService.UnitRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The campaign report as an Excel table laid out like the monthly one (report.StatisticsWorkbook): title, status,
 * two header rows (group and column), one row per unit, the total in bold; amounts #,##0.00, completion rates as
 * percentages. Written on POI directly: the monthly workbook's layout code is bound to its own figures class, so its
 * generic part was not extracted (docs/campaign.md).
 */
public final class CampaignWorkbook {

  public static final String SHEET_NAME = "专项整治统计表";
  public static final int TITLE_ROW = 0;
  public static final int STATUS_ROW = 1;
  public static final int GROUP_HEADER_ROW = 2;
  public static final int HEADER_ROW = 3;
  public static final int FIRST_DATA_ROW = 4;
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CampaignWorkbook() {
  }

  /** 专项整治-ZX-2026-01.xlsx. */
  public static String filename(String code) {
    return "专项整治-" + code + ".xlsx";
  }

  public static String title(CampaignReport report) {
    return report.name() + "（" + report.code() + "，" + report.period() + "）统计表";
  }

  public static String statusNote(CampaignReport report) {
    return report.frozen() ? "已定稿（定稿时间：" + report.frozenAt().format(MINUTES) + "）"
        : "未定稿，数据截至 " + report.asOf().format(MINUTES) + "（北京时间），以定稿数据为准";
  }

  public static byte[] write(CampaignReport report) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(SHEET_NAME);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle titleStyle = workbook.createCellStyle();
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 16);
      titleStyle.setFont(titleFont);
      titleStyle.setAlignment(HorizontalAlignment.CENTER);
      CellStyle header = bordered(workbook);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setWrapText(true);
      CellStyle text = bordered(workbook);
      CellStyle count = bordered(workbook);
      count.setDataFormat(workbook.createDataFormat().getFormat("0"));
      CellStyle amount = bordered(workbook);
      amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      CellStyle rate = bordered(workbook);
      rate.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      List<CellStyle> totals = new ArrayList<>();
      for (CellStyle base : List.of(text, count, amount, rate)) {
        CellStyle total = workbook.createCellStyle();
        total.cloneStyleFrom(base);
        total.setFont(bold);
        totals.add(total);
      }
      List<Column> columns = report.columns();
      int last = columns.size();

      sheet.createRow(TITLE_ROW).createCell(0).setCellValue(title(report));
      sheet.getRow(TITLE_ROW).getCell(0).setCellStyle(titleStyle);
      sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, last));
      sheet.createRow(STATUS_ROW).createCell(0).setCellValue(statusNote(report));
      sheet.addMergedRegion(new CellRangeAddress(STATUS_ROW, STATUS_ROW, 0, last));

      Row groups = sheet.createRow(GROUP_HEADER_ROW);
      Row headers = sheet.createRow(HEADER_ROW);
      cell(groups, 0, "单位", header);
      cell(headers, 0, null, header);
      sheet.addMergedRegion(new CellRangeAddress(GROUP_HEADER_ROW, HEADER_ROW, 0, 0));
      int start = 1;
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        cell(groups, i + 1, column.group(), header);
        cell(headers, i + 1, column.label(), header);
        boolean groupEnds = i + 1 == columns.size() || !columns.get(i + 1).group().equals(column.group());
        if (groupEnds) {
          if (i + 1 > start) {
            sheet.addMergedRegion(new CellRangeAddress(GROUP_HEADER_ROW, GROUP_HEADER_ROW, start, i + 1));
          }
          start = i + 2;
        }
      }
      int rowIndex = FIRST_DATA_ROW;
      for (UnitRow unit : report.units()) {
        values(sheet.createRow(rowIndex++), unit, columns, text, count, amount, rate);
      }
      if (report.total() != null) {
        values(sheet.createRow(rowIndex), report.total(), columns, totals.get(0), totals.get(1), totals.get(2),
            totals.get(3));
      }
      sheet.setColumnWidth(0, 32 * 256);
      for (int i = 1; i <= last; i++) {
        sheet.setColumnWidth(i, 12 * 256);
      }
      sheet.createFreezePane(1, FIRST_DATA_ROW);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void values(Row row, UnitRow unit, List<Column> columns, CellStyle text, CellStyle count,
      CellStyle amount, CellStyle rate) {
    cell(row, 0, unit.unitName(), text);
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      BigDecimal value = unit.values().get(column.key());
      CellStyle style = column.kind() == Kind.AMOUNT ? amount : column.kind() == Kind.RATE ? rate : count;
      Cell cell = row.createCell(i + 1);
      cell.setCellStyle(style);
      if (value != null) {
        cell.setCellValue(value.doubleValue());
      }
    }
  }

  private static void cell(Row row, int index, String value, CellStyle style) {
    Cell cell = row.createCell(index);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }

  private static CellStyle bordered(XSSFWorkbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }
}
