package cn.samr.livestream.monitoring.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.samr.livestream.monitoring.upload.SpotCheckSheet.SheetRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading upload files: CSV quoting and lines, BOM, encodings, headers, workbooks, limits. */
class SpotCheckSheetTest {

  static final String HEADER = "抽查日期,平台,直播间或主播,商品或服务,重点领域,抽查结果,情况描述";

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheLineTheyStartOn() {
    String csv = HEADER + "\r\n"
        + "2026-03-02,抖音,\"直播间A,旗舰店\",面霜,化妆品,未发现问题,\r\n"
        + "2026-03-03,快手,直播间B,\"固体饮料\",食品,涉嫌违法,\"宣称“降血糖”，\"\"七天见效\"\"\r\n第二段,含逗号\"\r\n"
        + "\r\n"
        + "2026-03-04,淘宝,直播间C,基金,金融,未发现问题,\n";

    List<SheetRow> rows = SpotCheckSheet.read("checks.csv", utf8(csv)).rows();

    assertThat(rows).extracting(SheetRow::line).containsExactly(2, 3, 6);
    assertThat(rows.get(0).text(SpotCheckColumn.LIVE_ROOM)).isEqualTo("直播间A,旗舰店");
    assertThat(rows.get(1).text(SpotCheckColumn.DESCRIPTION)).isEqualTo("宣称“降血糖”，\"七天见效\"\r\n第二段,含逗号");
    assertThat(rows.get(2).text(SpotCheckColumn.PLATFORM)).isEqualTo("淘宝");
    assertThat(rows.get(2).text(SpotCheckColumn.DESCRIPTION)).isNull();
    assertThat(rows.get(2).text(SpotCheckColumn.DISTRICT)).as("no such column").isNull();
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstHeader() {
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(HEADER + "\n2026-03-02,抖音,A,面霜,化妆品,未发现问题,\n"));

    List<SheetRow> rows = SpotCheckSheet.read("checks.csv", withBom).rows();

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).text(SpotCheckColumn.CHECK_DATE)).isEqualTo("2026-03-02");
  }

  @Test
  void headersAreKnownByLabelFieldNameOrAliasInAnyOrder() {
    String csv = " 结果 ,checkDate,平台（必填）,直播间/主播,商品,领域,unit\n涉嫌违法,2026-03-02,抖音,A,面霜,化妆品,310113\n";

    SheetRow row = SpotCheckSheet.read("x.csv", utf8(csv)).rows().get(0);

    assertThat(row.text(SpotCheckColumn.RESULT)).isEqualTo("涉嫌违法");
    assertThat(row.text(SpotCheckColumn.CHECK_DATE)).isEqualTo("2026-03-02");
    assertThat(row.text(SpotCheckColumn.PLATFORM)).isEqualTo("抖音");
    assertThat(row.text(SpotCheckColumn.DISTRICT)).isEqualTo("310113");
  }

  @Test
  void fileProblemsAreRefusedWithTheirCode() {
    assertThat(refused("a.csv", new byte[0]).code()).isEqualTo("EMPTY_FILE");
    assertThat(refused("a.csv", utf8("\r\n ,, \r\n")).code()).isEqualTo("EMPTY_FILE");
    assertThat(refused("a.csv", utf8(HEADER + "\r\n")).code()).isEqualTo("NO_ROWS");
    assertThat(refused("a.csv", HEADER.concat("\n2026-03-02,抖音,A,面霜,化妆品,未发现问题,\n")
        .getBytes(Charset.forName("GBK"))).code()).isEqualTo("NOT_UTF8");
    assertThat(refused("a.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}).code())
        .isEqualTo("UNSUPPORTED_FILE_TYPE");
    assertThat(refused("a.pdf", utf8("%PDF")).code()).isEqualTo("UNSUPPORTED_FILE_TYPE");
    assertThat(refused("a.xlsx", utf8(HEADER)).code()).isEqualTo("UNREADABLE_FILE");
    assertThat(refused("a.csv", new byte[(int) SpotCheckSheet.MAX_FILE_BYTES + 1]).isTooLarge()).isTrue();

    UploadRejectedException unclosed = refused("a.csv", utf8(HEADER + "\n2026-03-02,抖音,\"A,面霜,化妆品,未发现问题,\n"));
    assertThat(unclosed.errors()).extracting(LineError::line).containsExactly(2);

    UploadRejectedException extra = refused("a.csv", utf8(HEADER + "\n2026-03-02,抖音,A,面霜,化妆品,未发现问题,,多余\n"));
    assertThat(extra.code()).isEqualTo("INVALID_ROWS");
    assertThat(extra.errors()).extracting(LineError::line).containsExactly(2);
  }

  @Test
  void aHeaderThatIsMissingUnknownOrRepeatedIsRefusedOnLineOne() {
    // the first line holds data: no header
    UploadRejectedException noHeader = refused("a.csv", utf8("2026-03-02,抖音,A,面霜,化妆品,未发现问题\n"));
    assertThat(noHeader.code()).isEqualTo("UNKNOWN_HEADER");
    assertThat(noHeader.errors()).extracting(LineError::line).containsOnly(1);

    UploadRejectedException unknown = refused("a.csv", utf8(HEADER + ",备注\n2026-03-02,抖音,A,面霜,化妆品,未发现问题,,x\n"));
    assertThat(unknown.code()).isEqualTo("UNKNOWN_HEADER");
    assertThat(unknown.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.message()).contains("备注").contains(" / ");
    });

    UploadRejectedException missing = refused("a.csv", utf8("抽查日期,平台\n2026-03-02,抖音\n"));
    assertThat(missing.code()).isEqualTo("MISSING_COLUMNS");
    assertThat(missing.errors()).extracting(LineError::column)
        .containsExactly("直播间或主播", "商品或服务", "重点领域", "抽查结果");

    assertThat(refused("a.csv", utf8(HEADER + ",平台\n")).code()).isEqualTo("UNKNOWN_HEADER");
  }

  @Test
  void moreThanTheRowLimitIsRefused() {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i <= SpotCheckSheet.MAX_ROWS; i++) {
      csv.append("2026-03-02,抖音,A,面霜,化妆品,未发现问题,\n");
    }
    assertThat(refused("a.csv", utf8(csv.toString())).code()).isEqualTo("TOO_MANY_ROWS");
    csv.setLength(csv.lastIndexOf("2026-03-02"));
    assertThat(SpotCheckSheet.read("a.csv", utf8(csv.toString())).rows()).hasSize(SpotCheckSheet.MAX_ROWS);
  }

  @Test
  void aWorkbookIsReadFromItsFirstSheetWithDatesAndNumbersAsTheUserSeesThem() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("结果");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
      Row header = sheet.createRow(0);
      String[] titles = {"区局代码", "抽查日期", "平台", "直播间或主播", "商品或服务", "重点领域", "抽查结果"};
      for (int i = 0; i < titles.length; i++) {
        header.createCell(i).setCellValue(titles[i]);
      }
      Row row = sheet.createRow(3); // rows 2 and 3 left empty: the line is the sheet's row number
      row.createCell(0).setCellValue(310113);
      row.createCell(1).setCellValue(LocalDate.of(2026, 3, 2));
      row.getCell(1).setCellStyle(date);
      row.createCell(2).setCellValue("抖音");
      row.createCell(3).setCellValue("A");
      row.createCell(4).setCellValue("面霜");
      row.createCell(5).setCellValue("COSMETICS");
      row.createCell(6).setCellFormula("\"未发现\"&\"问题\"");
      // Excel stores each formula's result with it; the upload reads that result (the sheet is streamed)
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("不读");
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    List<SheetRow> rows = SpotCheckSheet.read("结果.xlsx", xlsx).rows();

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(4);
      assertThat(row.text(SpotCheckColumn.DISTRICT)).isEqualTo("310113");
      assertThat(row.text(SpotCheckColumn.CHECK_DATE)).isEqualTo("2026-03-02");
      assertThat(row.text(SpotCheckColumn.RESULT)).isEqualTo("未发现问题");
    });
  }

  @Test
  void theTemplatesReadBackAsOneExampleRowUnderEveryColumn() {
    for (var template : List.of(SpotCheckSheet.read(SpotCheckTemplate.CSV_NAME, SpotCheckTemplate.csv()),
        SpotCheckSheet.read(SpotCheckTemplate.XLSX_NAME, SpotCheckTemplate.xlsx()))) {
      assertThat(template.rows()).singleElement().satisfies(row -> {
        assertThat(row.line()).isEqualTo(2);
        for (SpotCheckColumn column : SpotCheckColumn.values()) {
          assertThat(row.values().get(column)).as(column.header()).isEqualTo(column.example());
        }
      });
    }
    assertThat(new String(SpotCheckTemplate.csv(), StandardCharsets.UTF_8)).startsWith("\uFEFF区局代码,抽查日期,");
  }

  private static UploadRejectedException refused(String name, byte[] content) {
    UploadRejectedException e = catchThrowableOfType(UploadRejectedException.class,
        () -> SpotCheckSheet.read(name, content));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.errors()).isNotEmpty();
    return e;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
