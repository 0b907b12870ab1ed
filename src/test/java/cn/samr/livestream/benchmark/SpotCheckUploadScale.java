package cn.samr.livestream.benchmark;

import cn.samr.livestream.TestUsers;
import cn.samr.livestream.benchmark.ScaleBenchmark.Figure;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POST /api/spot-checks/upload of 100,000 rows (issue 15: &lt; 60 s, memory bounded, a progress line) by the
 * monitoring centre for all 18 districts, as CSV (UTF-8) and as .xlsx (shared strings, as Excel writes them). The
 * files are written to disk row by row and sent from disk over real HTTP; the server's peak heap is read from the
 * JVM's heap pools (reset before each upload; an upper bound: it includes garbage not yet collected; run with e.g.
 * {@code MAVEN_OPTS=-Xmx512m} to show the upload fits a small heap). One row in 5,000 is a suspected violation,
 * which starts clue-verification as a single check does ({@code -Dbenchmark.upload.suspected-every=…});
 * {@code -Dbenchmark.upload.rows=…} and {@code -Dbenchmark.upload.formats=csv,xlsx} change the rest.
 */
final class SpotCheckUploadScale {

  static final int DEFAULT_ROWS = 100_000;
  static final double TARGET_SECONDS = 60;
  static final String MONITOR = "benchmark-upload-monitor";
  static final String HEADER = "区局代码,抽查日期,平台,直播间或主播,账号,商品或服务,重点领域,抽查结果,违法类别,情况描述,是否抽检,抽检结果";
  static final String[] PLATFORMS = {"抖音", "快手", "淘宝直播", "视频号", "小红书"};
  static final String[] AREAS = {"食品", "药品", "医疗器械", "化妆品", "金融", "其他"};

  private final ConfigurableApplicationContext context;
  private final int rows;
  private final int suspectedEvery;
  private final List<String> districts;

  private SpotCheckUploadScale(ConfigurableApplicationContext context, int rows, int suspectedEvery) {
    this.context = context;
    this.rows = rows;
    this.suspectedEvery = suspectedEvery;
    this.districts = context.getBean(OrganizationService.class).activeDistricts().stream()
        .map(OrgUnit::getDistrictCode).toList();
  }

  static List<Figure> run(String[] args) throws Exception {
    int rows = Integer.getInteger("benchmark.upload.rows", DEFAULT_ROWS);
    int suspectedEvery = Integer.getInteger("benchmark.upload.suspected-every", 5_000);
    List<String> formats = List.of(System.getProperty("benchmark.upload.formats", "csv,xlsx").split(","));
    try (ConfigurableApplicationContext context = ScaleBenchmark.application(args)) {
      SpotCheckUploadScale scale = new SpotCheckUploadScale(context, rows, suspectedEvery);
      List<Figure> figures = new ArrayList<>();
      for (String format : formats) {
        figures.add(scale.measure(format.trim()));
      }
      return figures;
    }
  }

  private Figure measure(String format) throws Exception {
    String database = ScaleBenchmark.describe(context.getBean(javax.sql.DataSource.class));
    System.out.printf("%n== spot-check upload, %,d rows as %s, on %s (max heap %d MB)%n", rows, format, database,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    context.getBean(MonitoringService.class).openMonth(YearMonth.now(Times.engineClock()), null);
    new TestUsers(context.getBean(IdentityService.class)).create(MONITOR, "monitoring-centre");
    Path file = Files.createTempFile("spot-checks-", "." + format);
    try {
      long begin = System.nanoTime();
      if (format.equals("xlsx")) {
        writeXlsx(file);
      } else {
        writeCsv(file);
      }
      System.out.printf("   file: %,d bytes, written in %.1f s%n", Files.size(file), ScaleBenchmark.seconds(begin));
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long before = jdbc.queryForObject("SELECT COUNT(*) FROM spot_check", Long.class);
      System.gc();
      resetPeakHeap();
      long heapBefore = usedHeap();
      begin = System.nanoTime();
      HttpResponse<String> response = post(file, "抽查结果." + format);
      double seconds = ScaleBenchmark.seconds(begin);
      long peak = peakHeap();
      long stored = jdbc.queryForObject("SELECT COUNT(*) FROM spot_check", Long.class) - before;
      String summary;
      if (response.statusCode() == 201) {
        JsonNode body = new ObjectMapper().readTree(response.body());
        summary = String.format("201: rowsStored %d, cluesStarted %d", body.get("rowsStored").asInt(),
            body.get("cluesStarted").asInt());
      } else {
        summary = response.statusCode() + ": " + response.body().substring(0, Math.min(300, response.body().length()));
      }
      System.out.printf("   %s; %,d rows in spot_check; %.1f s; heap before %d MB, peak %d MB%n", summary, stored,
          seconds, heapBefore / (1024 * 1024), peak / (1024 * 1024));
      boolean met = response.statusCode() == 201 && stored == rows && seconds < TARGET_SECONDS;
      return new Figure(String.format("spot-check upload %,d rows %s (%s)", rows, format,
          database.startsWith("MySQL") ? "MariaDB/MySQL" : database.split(" ")[0]),
          response.statusCode() == 201 ? String.format("%.1f s, peak heap %d MB", seconds, peak / (1024 * 1024))
              : "refused " + response.statusCode(), "< 60 s", met);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  // ---------------------------------------------------------------- the files

  /** Row i's cells in the order of HEADER. */
  private List<String> row(int i, LocalDate day) {
    boolean suspected = i % suspectedEvery == suspectedEvery - 1;
    boolean sampled = i % 7 == 0;
    return List.of(districts.get(i % districts.size()), day.toString(), PLATFORMS[i % PLATFORMS.length],
        "直播间" + i, "room-" + i, "商品" + (i % 997), AREAS[i % AREAS.length], suspected ? "涉嫌违法" : "未发现问题",
        suspected ? "广告违法" : "", suspected ? "主播宣称功效与注册证不符，涉嫌虚假宣传" : "", sampled ? "是" : "否",
        sampled ? "合格" : "");
  }

  /** The check date of row i: a day of this month up to today. */
  private static LocalDate day(int i) {
    LocalDate today = LocalDate.now(Times.engineClock());
    return today.withDayOfMonth(1 + i % today.getDayOfMonth());
  }

  private void writeCsv(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      out.write(HEADER);
      out.write("\r\n");
      for (int i = 0; i < rows; i++) {
        out.write(String.join(",", row(i, day(i))));
        out.write("\r\n");
      }
    }
  }

  private void writeXlsx(Path file) throws IOException {
    // shared strings, as Excel writes them; 100 rows kept in memory while writing
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
        OutputStream out = Files.newOutputStream(file)) {
      SXSSFSheet sheet = workbook.createSheet("监测结果");
      String[] titles = HEADER.split(",");
      Row header = sheet.createRow(0);
      for (int c = 0; c < titles.length; c++) {
        header.createCell(c).setCellValue(titles[c]);
      }
      for (int i = 0; i < rows; i++) {
        Row row = sheet.createRow(i + 1);
        List<String> cells = row(i, day(i));
        for (int c = 0; c < cells.size(); c++) {
          if (!cells.get(c).isEmpty()) {
            row.createCell(c).setCellValue(cells.get(c));
          }
        }
      }
      workbook.write(out);
      workbook.dispose();
    }
  }

  private HttpResponse<String> post(Path file, String fileName) throws IOException, InterruptedException {
    String boundary = "----benchmark" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    String port = context.getEnvironment().getProperty("local.server.port");
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/spot-checks/upload"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((MONITOR + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
            HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  // ---------------------------------------------------------------- heap

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static void resetPeakHeap() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long usedHeap() {
    return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }
}
