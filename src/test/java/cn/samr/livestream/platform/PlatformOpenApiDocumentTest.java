package cn.samr.livestream.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI description the application serves for /platform-api/v1 is the one checked in as
 * docs/platform-api.openapi.json, so that a platform's engineers build against what runs. After a deliberate change
 * of the interface, regenerate the copy: {@code mvn test -Dtest=PlatformOpenApiDocumentTest -Dplatform.openapi.write=true}.
 */
@IntegrationTest
class PlatformOpenApiDocumentTest {

  static final Path CHECKED_IN = Path.of("docs/platform-api.openapi.json");
  static final String SERVED = PlatformApiSettings.API_DOCS + "/" + PlatformApiConfiguration.GROUP;

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theServedDescriptionIsTheCheckedInOne() throws Exception {
    HttpResponse<String> served = get(SERVED);
    assertThat(served.statusCode()).as("public, no login").isEqualTo(200);
    JsonNode description = json.readTree(served.body());
    String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(description) + "\n";
    if (Boolean.getBoolean("platform.openapi.write")) {
      Files.writeString(CHECKED_IN, pretty, StandardCharsets.UTF_8);
    }
    assertThat(json.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8)))
        .as("docs/platform-api.openapi.json is out of date: regenerate it (see this test's comment)")
        .isEqualTo(description);
  }

  @Test
  void itDescribesThePlatformInterfaceAloneAndOpensNothingElse() throws Exception {
    JsonNode description = json.readTree(get(SERVED).body());
    List<String> paths = new ArrayList<>();
    description.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/platform-api/v1/"));
    assertThat(paths).contains("/platform-api/v1/clues", "/platform-api/v1/clues/{externalNo}",
        "/platform-api/v1/subject-batches", "/platform-api/v1/self-inspection-reports", "/platform-api/v1/letters",
        "/platform-api/v1/letters/{letterNo}/acknowledgement", "/platform-api/v1/commitments",
        "/platform-api/v1/commitments/{commitmentNo}/report");
    assertThat(description.at("/components/securitySchemes/platformClient/scheme").asText()).isEqualTo("basic");
    // errors in the format of /api
    assertThat(description.at("/components/schemas/ApiError/properties").has("fieldErrors")).isTrue();
    // the ungrouped description covers the same paths only; springdoc's default addresses are not served
    JsonNode all = json.readTree(get(PlatformApiSettings.API_DOCS).body());
    all.get("paths").fieldNames().forEachRemaining(p -> assertThat(p).startsWith("/platform-api/v1/"));
    assertThat(get("/v3/api-docs").statusCode()).isNotEqualTo(200);
    assertThat(get("/swagger-ui.html").statusCode()).isNotEqualTo(200);
    // a path that only looks like the documentation still needs a client's login
    assertThat(get("/platform-api/v1/clues").statusCode()).isEqualTo(401);
    assertThat(get("/platform-api/v3/api-docs/../v1/clues").statusCode()).isIn(400, 401, 404);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
