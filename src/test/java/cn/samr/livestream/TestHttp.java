package cn.samr.livestream;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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

  /** A multipart request with one file in the part {@code file}, as a browser uploads it. */
  public static HttpEntity<MultiValueMap<String, Object>> multipartFile(String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }
}
