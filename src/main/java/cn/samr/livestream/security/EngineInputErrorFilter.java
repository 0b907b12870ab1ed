package cn.samr.livestream.security;

import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.InputErrorCapture;
import cn.samr.livestream.shared.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a write to the engine REST layers (/engine-rest, the webapps' /camunda/api/engine) that a
 * form listener rejected with {@link InvalidInputException} as 400 with the field errors, instead of
 * Camunda's 500 with engine text ("ENGINE-03051 … TaskListener …"). Tasklist shows the message.
 */
public class EngineInputErrorFilter extends OncePerRequestFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    InputErrorCapture.begin();
    try {
      chain.doFilter(request, buffered);
      InvalidInputException rejected = InputErrorCapture.raised();
      if (rejected != null && buffered.getStatus() >= 500) {
        buffered.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Camunda's error shape (type, message) so Tasklist shows it, plus our field errors
        json.writeValue(response.getOutputStream(), new EngineInputError("InvalidInputException",
            rejected.getMessage(), new ApiError("INVALID_INPUT", rejected.getMessage(), rejected.errors()).fieldErrors()));
        return;
      }
      buffered.copyBodyToResponse();
    } finally {
      InputErrorCapture.end();
    }
  }

  record EngineInputError(String type, String message, java.util.List<cn.samr.livestream.shared.FieldError> fieldErrors) {
  }
}
