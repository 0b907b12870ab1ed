package cn.samr.livestream.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Errors written by servlet filters in Camunda's REST error shape ({type, message}). */
final class RestErrors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RestErrors() {
  }

  static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), body);
  }
}
