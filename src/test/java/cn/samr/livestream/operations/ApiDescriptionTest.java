package cn.samr.livestream.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI description of /api: served to logged-in users only, describing /api and nothing else; the public
 * springdoc addresses (the platforms' description, its viewer, springdoc's defaults) neither serve nor name it.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDescriptionTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  final HttpClient http = HttpClient.newHttpClient();
  String officer;

  @BeforeAll
  void createUsers(TestUsers users) {
    officer = users.create("apidoc-baoshan-officer", "district-310113");
  }

  @Test
  void anonymousCallersGet401() throws Exception {
    HttpResponse<String> answer = get(ApiDescriptionController.PATH, null);
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).doesNotContain("/api/complaints");
  }

  @Test
  void aLoggedInUserReadsTheDescriptionOfApi() throws Exception {
    HttpResponse<String> answer = get(ApiDescriptionController.PATH, officer);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("application/json"));
    JsonNode description = json.readTree(answer.body());
    assertThat(description.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    description.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).allMatch(p -> p.startsWith("/api/"))
        .contains("/api/complaints", "/api/complaints/{complaintNo}", "/api/clues", "/api/calendar/{year}",
            "/api/calendar/status", "/api/spot-checks/upload", "/api/subjects", "/api/platform-clients")
        .doesNotContain(ApiDescriptionController.PATH);
    assertThat(description.at("/paths/~1api~1complaints/post/requestBody")).isNotNull();
    assertThat(description.at("/components/securitySchemes/camundaUser/scheme").asText()).isEqualTo("basic");
    assertThat(description.at("/components/schemas/ApiError/properties").has("fieldErrors")).isTrue();
    assertThat(description.at("/paths/~1api~1complaints/post/responses/401/content/application~1json/schema/$ref")
        .asText()).isEqualTo("#/components/schemas/ApiError");
  }

  @Test
  void nothingPublicServesOrNamesIt() throws Exception {
    for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/api", "/swagger-ui.html", "/swagger-ui/index.html",
        "/platform-api/v3/api-docs/api", "/platform-api/v3/api-docs/default"}) {
      HttpResponse<String> answer = get(path, null);
      assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
      assertThat(answer.body()).as(path).doesNotContain("/api/complaints");
    }
    for (String path : new String[] {"/platform-api/v3/api-docs", "/platform-api/v3/api-docs/swagger-config"}) {
      HttpResponse<String> answer = get(path, null);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.body()).as(path).doesNotContain("/api/complaints", ApiDescriptionController.PATH);
    }
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
