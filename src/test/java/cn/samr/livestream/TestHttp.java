package cn.samr.livestream;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON requests to /api and /engine-rest as a {@link TestUsers} user, logged in with HTTP Basic. */
public final class TestHttp {

  private TestHttp() {
  }

  public static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  public static ResponseEntity<String> send(TestRestTemplate http, String user, HttpMethod method, String path,
      String body, Object... uriVariables) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).exchange(path, method, new HttpEntity<>(body, jsonHeaders()),
        String.class, uriVariables);
  }
}
