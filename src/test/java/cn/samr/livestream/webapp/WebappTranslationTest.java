package cn.samr.livestream.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The zh translations of the 7.24 webapps are complete: every label key of Camunda's own English
 * file (read from the camunda-webapp webjar on the classpath) has a Chinese value, no key is
 * invented, and every {{placeholder}} and HTML tag of the English survives.
 */
class WebappTranslationTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|<[^>]+>");
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasAChineseLabel(String app) throws IOException {
    JsonNode english = read(app, "en");
    JsonNode chinese = read(app, "zh");
    Set<String> englishKeys = keys(english.get("labels"));
    Set<String> chineseKeys = keys(chinese.get("labels"));

    assertThat(englishKeys).as("%s: Camunda's English labels", app).hasSizeGreaterThan(100);
    assertThat(chineseKeys).as("%s: keys missing from zh.json", app).containsAll(englishKeys);
    assertThat(englishKeys).as("%s: keys in zh.json that Camunda does not have", app).containsAll(chineseKeys);

    List<String> broken = new ArrayList<>();
    int chineseValues = 0;
    for (String key : englishKeys) {
      String en = english.get("labels").get(key).asText();
      String zh = chinese.get("labels").get(key).asText();
      if (!tokens(en).equals(tokens(zh))) {
        broken.add(key + ": " + tokens(en) + " ≠ " + tokens(zh));
      }
      if (HAN.matcher(zh).find()) {
        chineseValues++;
      }
    }
    assertThat(broken).as("%s: placeholders or HTML changed", app).isEmpty();
    // a few labels are technical tokens (BPMN, JSON, IDs) and stay as they are
    assertThat(chineseValues).as("%s: labels in Chinese", app).isGreaterThan(englishKeys.size() * 8 / 10);
    if (english.has("dateLocales") && !english.get("dateLocales").isNull()) {
      assertThat(keys(chinese.get("dateLocales"))).as("%s: date locale", app)
          .containsAll(keys(english.get("dateLocales")));
      assertThat(chinese.at("/dateLocales/months/0").asText()).isEqualTo("一月");
    }
  }

  private JsonNode read(String app, String locale) throws IOException {
    String path = LOCALES.formatted(app, locale);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      byte[] bytes = in.readAllBytes();
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return json.readTree(text);
    }
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group().replace(" ", ""));
    }
    tokens.sort(String::compareTo);
    return tokens;
  }
}
