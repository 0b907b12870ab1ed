package cn.samr.livestream.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The running webapps serve this project's config.js (Chinese first) and the zh translation. */
@IntegrationTest
class WebappLocalizationTest {

  @Autowired TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configSelectsChineseAndTheTranslationIsServed(String app) {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getBody()).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'zh'");

    ResponseEntity<String> labels = http.getForEntity("/camunda/app/" + app + "/locales/zh.json", String.class);
    assertThat(labels.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(labels.getBody()).contains("\"labels\"");
  }
}
