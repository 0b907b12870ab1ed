package cn.samr.livestream.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.TestAdministrator;
import cn.samr.livestream.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shared by the tests of the platforms' channel: real HTTP calls as a platform client (HTTP Basic with its id and
 * secret) or as an officer, and clients registered by the test administrator as an administrator would.
 */
abstract class PlatformChannelTest {

  /** Distinct per run: the MariaDB suite keeps its data between runs. */
  static final String RUN = Long.toString(System.nanoTime() % 100_000_000L, 36);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired Clock clock;

  final HttpClient httpClient = HttpClient.newHttpClient();

  record Client(String id, String secret, String platformName) {
  }

  record Answer(int status, JsonNode body, HttpResponse<String> raw) {
  }

  protected Client register(String id, String name, String district, List<String> scopes, Integer perMinute)
      throws Exception {
    return register(clientRequest(id, name, district, scopes, perMinute));
  }

  /** Registers the client as the administrator does; its secret, shown once, is kept for its calls. */
  protected Client register(ObjectNode request) throws Exception {
    Answer answer = officer(TestAdministrator.ID, "POST", "/api/platform-clients", request.toString());
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    assertThat(answer.body().get("secret").asText()).hasSizeGreaterThanOrEqualTo(40);
    return new Client(request.get("clientId").asText(), answer.body().get("secret").asText(),
        request.get("platformName").asText());
  }

  protected ObjectNode clientRequest(String id, String name, String district, List<String> scopes, Integer perMinute) {
    ObjectNode request = json.createObjectNode();
    request.put("clientId", id);
    request.put("platformName", name);
    if (district != null) {
      request.put("districtCode", district);
    }
    request.put("contactName", "平台联络人");
    request.put("contactPhone", "021-12345678");
    ArrayNode s = request.putArray("scopes");
    scopes.forEach(s::add);
    if (perMinute != null) {
      request.put("requestsPerMinute", perMinute);
    }
    return request;
  }

  protected Answer platform(Client client, String method, String path, String body) throws Exception {
    return answer(raw(method, path, body, basic(client.id(), client.secret())));
  }

  protected Answer officer(String user, String method, String path, String body) throws Exception {
    return answer(raw(method, path, body, basic(user, TestUsers.PASSWORD)));
  }

  protected Answer answer(HttpResponse<String> response) throws Exception {
    String body = response.body();
    return new Answer(response.statusCode(), body == null || body.isBlank() ? json.createObjectNode()
        : json.readTree(body), response);
  }

  protected HttpResponse<String> raw(String method, String path, String body, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return httpClient.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  protected URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  protected static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A platform's clue about a Baoshan live room on its platform (the room's account is on the calling platform). */
  protected ObjectNode clue(String externalNo) {
    ObjectNode clue = json.createObjectNode();
    clue.put("externalNo", externalNo);
    clue.put("category", "ECOMMERCE");
    ArrayNode subjects = clue.putArray("subjects");
    ObjectNode room = subjects.addObject();
    room.put("type", "ROOM_OPERATOR");
    room.put("name", "测试直播间" + RUN);
    room.put("accountId", "room-" + RUN);
    room.put("district", "310113");
    clue.put("facts", "平台巡查发现直播间宣称商品可治疗疾病，涉嫌虚假宣传");
    clue.putArray("evidence").add("回放 https://example.invalid/replay/" + RUN);
    return clue;
  }
}
