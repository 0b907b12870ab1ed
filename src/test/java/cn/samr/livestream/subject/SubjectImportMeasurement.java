package cn.samr.livestream.subject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 10,000-subject import over HTTP, timed, with the heap used while it runs (sampled every 5 ms after a GC).
 * On demand, not in the suite: {@code mvn -B -ntp test -Dtest=SubjectImportMeasurement -Dregister.import.measure=true}
 * (add -Pmysql-it -Dtest.db.url=... for MariaDB). Prints the figures; fails if the import fails or any subject
 * is missing.
 */
@IntegrationTest
@Officers
@EnabledIfSystemProperty(named = "register.import.measure", matches = "true")
class SubjectImportMeasurement {

  static final int ROWS = 10_000;

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  @Test
  void tenThousandSubjects(TestUsers users) throws Exception {
    String corps = users.create("import-measure-corps", "enforcement-corps");
    long run = System.nanoTime() % 100_000_000L;
    StringBuilder csv = new StringBuilder(SubjectImportApiTest.HEADER);
    String[] districts = {"310113", "310115", "310104", "310112"};
    for (int i = 0; i < ROWS; i++) {
      if (i % 2 == 0) {
        csv.append("商品经营者,测量商贸有限公司").append(i).append(",91310113")
            .append(String.format("%010d", (run % 100_000) * 100_000 + i)).append(",,,").append(districts[i % 4]).append(i % 6 == 0 ? ",食品" : ",")
            .append(",,,\r\n");
      } else {
        csv.append("主播,测量主播").append(i).append(",,测量平台").append(run).append(",acct-").append(i).append(',')
            .append(districts[i % 4]).append(",,").append(i * 100).append(",,\r\n");
      }
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject", Long.class);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(baseline);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler = new Thread(() -> {
      while (running.get()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.start();
    long start = System.nanoTime();
    ResponseEntity<String> answer = http.withBasicAuth(corps, TestUsers.PASSWORD).exchange("/api/subjects/import",
        HttpMethod.POST, TestHttp.multipartFile("名录.csv", file), String.class);
    long millis = (System.nanoTime() - start) / 1_000_000;
    running.set(false);
    sampler.join();

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode result = json.readTree(answer.getBody());
    assertThat(result.get("created").asInt()).isEqualTo(ROWS);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject", Long.class)).isEqualTo(before + ROWS);
    System.out.printf("REGISTER IMPORT: %d subjects, file %d KB, %d ms (%.0f rows/s), heap baseline %d MB, peak %d MB"
        + " (+%d MB), max heap %d MB%n", ROWS, file.length / 1024, millis, ROWS * 1000.0 / millis, baseline >> 20,
        peak.get() >> 20, (peak.get() - baseline) >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
  }
}
