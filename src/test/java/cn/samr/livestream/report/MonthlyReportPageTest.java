package cn.samr.livestream.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The charts page is served with the ECharts script it names, and the Camunda welcome page links to
 * it through the overriding welcome config.js.
 */
@IntegrationTest
class MonthlyReportPageTest {

  @Autowired TestRestTemplate http;

  @Test
  void theChartsPageAndItsScriptsAreServed() {
    ResponseEntity<String> page = http.getForEntity("/reports/monthly.html", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("<html lang=\"zh-CN\">", "统计月份", "type=\"month\"", "下载Excel统计表",
        "chart-checks", "chart-actions", "chart-rates");

    Matcher echarts = Pattern.compile("src=\"(/webjars/echarts/[^\"]+/dist/echarts\\.min\\.js)\"").matcher(page.getBody());
    assertThat(echarts.find()).as("the page loads ECharts from the webjar").isTrue();
    ResponseEntity<String> library = http.getForEntity(echarts.group(1), String.class);
    assertThat(library.getStatusCode()).as(echarts.group(1) + " is the webjar's path").isEqualTo(HttpStatus.OK);
    assertThat(library.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(library.getBody()).hasSizeGreaterThan(400_000).contains("echarts");

    for (String asset : new String[] {"/reports/monthly.js", "/reports/monthly.css"}) {
      ResponseEntity<String> answer = http.getForEntity(asset, String.class);
      assertThat(answer.getStatusCode()).as(asset).isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<String> script = http.getForEntity("/reports/monthly.js", String.class);
    assertThat(script.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(script.getBody()).contains("/api/reports/monthly/", "echarts.init");
    assertThat(http.getForEntity("/reports/monthly.css", String.class).getHeaders().getContentType()
        .isCompatibleWith(MediaType.valueOf("text/css"))).isTrue();
  }

  @Test
  void theWelcomePageLinksToTheChartsPage() {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/welcome/scripts/config.js", String.class);

    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(config.getBody())
        .contains("export default {")
        .containsPattern("(?m)^  links: \\[")
        .contains("href: '/reports/monthly.html'")
        .contains("label: '月度数据统计图表'");
  }
}
