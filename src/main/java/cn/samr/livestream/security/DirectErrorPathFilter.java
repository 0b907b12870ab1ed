package cn.samr.livestream.security;

import cn.samr.livestream.shared.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /error is where the server renders errors (an error dispatch), not a page: asked for directly, Spring
 * Boot's error controller finds no error and answers 500. A direct request gets 404 in the app's error
 * format; error dispatches pass (registered for the REQUEST dispatch only).
 */
public class DirectErrorPathFilter extends OncePerRequestFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), ApiError.of("NOT_FOUND", "没有这个地址", "no such resource"));
  }
}
