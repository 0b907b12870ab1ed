package cn.samr.livestream.monitoring.upload;

import cn.samr.livestream.monitoring.FocusArea;
import cn.samr.livestream.monitoring.SamplingResult;
import cn.samr.livestream.monitoring.SpotCheckResult;
import cn.samr.livestream.shared.ViolationCategory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The upload templates: the header row and one example row, as CSV (UTF-8 with BOM, so Excel opens it
 * right) and as .xlsx with drop-down lists for the coded columns and a sheet explaining every column.
 */
public final class SpotCheckTemplate {

  public static final String CSV_NAME = "抽查记录导入模板.csv";
  public static final String XLSX_NAME = "抽查记录导入模板.xlsx";

  /** The values each coded column takes (Chinese labels; the codes are accepted too). */
  static final Map<SpotCheckColumn, List<String>> CHOICES = Map.of(
      SpotCheckColumn.FOCUS_AREA, labels(FocusArea.values(), FocusArea::label),
      SpotCheckColumn.RESULT, labels(SpotCheckResult.values(), SpotCheckResult::label),
      SpotCheckColumn.VIOLATION_CATEGORY, labels(ViolationCategory.values(), ViolationCategory::label),
      SpotCheckColumn.SAMPLING_DONE, List.of("是", "否"),
      SpotCheckColumn.SAMPLING_RESULT, labels(SamplingResult.values(), SamplingResult::label));

  private SpotCheckTemplate() {
  }

  public static byte[] csv() {
    StringBuilder text = new StringBuilder("\uFEFF");
    text.append(Arrays.stream(SpotCheckColumn.values()).map(c -> quote(c.header())).collect(Collectors.joining(",")))
        .append("\r\n");
    text.append(Arrays.stream(SpotCheckColumn.values()).map(c -> quote(c.example())).collect(Collectors.joining(",")))
        .append("\r\n");
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("抽查记录");
      CellStyle headerStyle = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      headerStyle.setFont(bold);
      headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      headerStyle.setBorderBottom(BorderStyle.THIN);
      CellStyle textStyle = workbook.createCellStyle();
      textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
      Row header = sheet.createRow(0);
      Row example = sheet.createRow(1);
      SpotCheckColumn[] columns = SpotCheckColumn.values();
      DataValidationHelper validations = sheet.getDataValidationHelper();
      for (int i = 0; i < columns.length; i++) {
        SpotCheckColumn column = columns[i];
        var title = header.createCell(i);
        title.setCellValue(column.header());
        title.setCellStyle(headerStyle);
        var value = example.createCell(i);
        value.setCellValue(column.example());
        // text cells: dates stay as written (2026-03-05), codes such as 310113 keep their form
        value.setCellStyle(textStyle);
        sheet.setDefaultColumnStyle(i, textStyle);
        sheet.setColumnWidth(i, (column == SpotCheckColumn.DESCRIPTION ? 40 : 16) * 256);
        List<String> choices = CHOICES.get(column);
        if (choices != null) {
          DataValidation list = validations.createValidation(
              validations.createExplicitListConstraint(choices.toArray(String[]::new)),
              new CellRangeAddressList(1, SpotCheckSheet.MAX_ROWS, i, i));
          list.setShowErrorBox(false);
          sheet.addValidationData(list);
        }
      }
      sheet.createFreezePane(0, 1);
      explain(workbook.createSheet("填写说明"), headerStyle);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void explain(Sheet sheet, CellStyle headerStyle) {
    String[] titles = {"列（表头）", "必填", "说明 / 可填的值"};
    Row header = sheet.createRow(0);
    for (int i = 0; i < titles.length; i++) {
      header.createCell(i).setCellValue(titles[i]);
      header.getCell(i).setCellStyle(headerStyle);
    }
    int r = 1;
    for (SpotCheckColumn column : SpotCheckColumn.values()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(column.header());
      row.createCell(1).setCellValue(column.required() ? "是" : "否");
      row.createCell(2).setCellValue(note(column));
    }
    Row rule = sheet.createRow(r + 1);
    rule.createCell(0).setCellValue("整个文件逐行校验，任一行有误则整个文件不保存，并列出有误的行号（表头为第1行）。每个文件最多"
        + SpotCheckSheet.MAX_ROWS + "条、不超过" + SpotCheckSheet.MAX_FILE_BYTES / (1024 * 1024) + " MB。");
    sheet.setColumnWidth(0, 16 * 256);
    sheet.setColumnWidth(1, 8 * 256);
    sheet.setColumnWidth(2, 90 * 256);
  }

  private static String note(SpotCheckColumn column) {
    List<String> choices = CHOICES.get(column);
    String values = choices == null ? "" : "可填：" + String.join("、", choices);
    return switch (column) {
      case DISTRICT -> "区局代码（如310113、LINGANG）、单位代码（district-310113）或区局全称；区局执法员可不填（即本区局），监测评价中心必填";
      case CHECK_DATE -> "2026-03-05 或 2026/3/5；须在该区局已生成抽查任务的月份内，且不晚于今天";
      case PLATFORM -> "不超过100字";
      case LIVE_ROOM -> "直播间或主播名称，不超过200字";
      case ACCOUNT -> "平台账号，不超过100字";
      case PRODUCT -> "不超过200字";
      case VIOLATION_CATEGORY -> "仅抽查结果为“涉嫌违法”时填写，此时必填；" + values;
      case DESCRIPTION -> "涉嫌违法时必填，描述发现的问题；不超过2000字";
      case SAMPLING_DONE -> "是 / 否，不填为否";
      case SAMPLING_RESULT -> "已抽检时必填；" + values;
      default -> values;
    };
  }

  private static String quote(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private static <E> List<String> labels(E[] values, Function<E, String> label) {
    return Arrays.stream(values).map(label).toList();
  }
}
