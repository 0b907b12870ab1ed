package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestAdministrator;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda 7.24 CE's known weaknesses, attacked: each test would pass the attack through without the
 * application's guard (ExpressionQueryGuard, AdminSetupGuard, AdminGroupGuard).
 */
@IntegrationTest
class KnownWeaknessesTest {

  static final String OFFICER = "test-weak-baoshan";
  static final String ADMIN = "test-weak-admin";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  TestUsers users;

  @BeforeEach
  void users() {
    users = new TestUsers(identityService);
    users.create(OFFICER, "district-310113");
  }

  @AfterEach
  void removeUsers() {
    if (identityService.createUserQuery().userId(TestAdministrator.ID).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.createMembership(TestAdministrator.ID, Groups.CAMUNDA_ADMIN);
    }
    users.removeAll();
  }

  // --- expressions in queries --------------------------------------------------------------

  @Test
  void engineRestRejectsAnExpressionInAQueryParameter() throws Exception {
    ResponseEntity<String> answer = TestHttp.send(http, OFFICER, HttpMethod.GET,
        "/engine-rest/task?assigneeExpression={e}", null, "${currentUser()}");
    assertRejected(answer, "assigneeExpression");
  }

  @Test
  void engineRestRejectsAnExpressionHiddenInOrQueries() throws Exception {
    String body = """
        {"candidateGroup":"district-310113",
         "orQueries":[{"candidateGroupExpression":"${execution.getProcessEngineServices()}"}]}""";
    assertRejected(TestHttp.send(http, OFFICER, HttpMethod.POST, "/engine-rest/task", body), "candidateGroupExpression");
    assertRejected(TestHttp.send(http, OFFICER, HttpMethod.POST, "/engine-rest/task/count", body),
        "candidateGroupExpression");
  }

  @Test
  void engineRestRejectsAStoredFilterWithAnExpression() throws Exception {
    long filters = filterService.createFilterQuery().count();
    String body = """
        {"resourceType":"Task","name":"攻击","owner":"%s",
         "query":{"dueBeforeExpression":"${dateTime().plusDays(1)}"}}""".formatted(OFFICER);
    assertRejected(TestHttp.send(http, OFFICER, HttpMethod.POST, "/engine-rest/filter/create", body),
        "dueBeforeExpression");
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void webappsEngineApiRejectsExpressionsToo() throws Exception {
    ResponseEntity<String> answer = http.exchange("/camunda/api/engine/engine/default/task?candidateUserExpression={e}",
        HttpMethod.GET, HttpEntity.EMPTY, String.class, "${currentUser()}");
    assertRejected(answer, "candidateUserExpression");
  }

  @Test
  void aQueryWithoutExpressionsStillWorksAndKeepsItsBody() throws Exception {
    ResponseEntity<String> answer = TestHttp.send(http, OFFICER, HttpMethod.POST, "/engine-rest/task/count",
        "{\"candidateGroup\":\"no-such-group-xyz\",\"orQueries\":[{\"nameLike\":\"%核查%\"}]}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(answer.getBody()).get("count").asLong()).isZero();
  }

  private void assertRejected(ResponseEntity<String> answer, String field) throws Exception {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("message").asText()).contains("不允许使用表达式").contains(field);
  }

  // --- the Admin initial setup -------------------------------------------------------------

  @Test
  void initialSetupCannotCreateAnAdministratorOnceUsersExist() {
    // the weakness: Camunda only checks that camunda-admin has no direct member, e.g. where the
    // administrators hold their rights through another group; set that state up behind the guards' back
    List<String> admins = jdbc.queryForList("SELECT USER_ID_ FROM ACT_ID_MEMBERSHIP WHERE GROUP_ID_ = ?", String.class,
        Groups.CAMUNDA_ADMIN);
    jdbc.update("DELETE FROM ACT_ID_MEMBERSHIP WHERE GROUP_ID_ = ?", Groups.CAMUNDA_ADMIN);
    try {
      assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
      String body = """
          {"profile":{"id":"intruder","firstName":"x","lastName":"y","email":"x@example.com"},
           "credentials":{"password":"Intruder-Passw0rd!"}}""";
      // as the Admin app sends it: with the session and CSRF token the webapp hands out
      ResponseEntity<String> page = http.getForEntity("/camunda/app/admin/default/", String.class);
      HttpHeaders headers = TestHttp.jsonHeaders();
      headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
      headers.put(HttpHeaders.COOKIE, page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
          .map(cookie -> cookie.split(";", 2)[0]).toList());
      ResponseEntity<String> answer = http.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
          new HttpEntity<>(body, headers), String.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(answer.getBody()).contains("系统已完成初始设置");
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      if (identityService.createUserQuery().userId("intruder").count() > 0) {
        jdbc.update("DELETE FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = 'intruder'");
        jdbc.update("DELETE FROM ACT_ID_USER WHERE ID_ = 'intruder'");
      }
      admins.forEach(admin -> identityService.createMembership(admin, Groups.CAMUNDA_ADMIN));
    }
  }

  @Test
  void theLastDirectAdministratorCannotBeRemoved() {
    users.create(ADMIN, Groups.CAMUNDA_ADMIN);
    // two direct members: one may go
    identityService.deleteMembership(TestAdministrator.ID, Groups.CAMUNDA_ADMIN);
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
        .extracting(u -> u.getId()).containsExactly(ADMIN);

    assertThatThrownBy(() -> identityService.deleteMembership(ADMIN, Groups.CAMUNDA_ADMIN))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("至少保留一名直接成员");
    assertThatThrownBy(() -> identityService.deleteUser(ADMIN))
        .isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> identityService.deleteGroup(Groups.CAMUNDA_ADMIN))
        .isInstanceOf(BadUserRequestException.class);
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();

    identityService.createMembership(TestAdministrator.ID, Groups.CAMUNDA_ADMIN);
    identityService.deleteMembership(ADMIN, Groups.CAMUNDA_ADMIN);
    assertThat(identityService.createUserQuery().userId(ADMIN).memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
  }

  @Test
  void theLastAdministratorCannotBeRemovedThroughEngineRestEither() {
    users.create(ADMIN, Groups.CAMUNDA_ADMIN);
    identityService.deleteMembership(TestAdministrator.ID, Groups.CAMUNDA_ADMIN);
    ResponseEntity<String> answer = TestHttp.send(http, ADMIN, HttpMethod.DELETE,
        "/engine-rest/group/" + Groups.CAMUNDA_ADMIN + "/members/" + ADMIN, null);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(identityService.createUserQuery().userId(ADMIN).memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();
  }
}
