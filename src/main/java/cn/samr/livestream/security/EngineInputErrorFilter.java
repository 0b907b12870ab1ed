package cn.samr.livestream.security;

import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.InputErrorCapture;
import cn.samr.livestream.shared.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a write to the engine REST layers (/engine-rest, the webapps' /camunda/api/engine) that a
 * form listener rejected with {@link InvalidInputException} as 400 with the field errors, instead of
 * Camunda's 500 with engine text ("ENGINE-03051 … TaskListener …"). Tasklist shows the message.
 */
public class EngineInputErrorFilter extends EngineWriteAnswerFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void beginCapture() {
    InputErrorCapture.begin();
  }

  @Override
  protected void endCapture() {
    InputErrorCapture.end();
  }

  @Override
  protected boolean answeredOtherwise(ContentCachingResponseWrapper answer, HttpServletResponse response)
      throws IOException {
    InvalidInputException rejected = InputErrorCapture.raised();
    if (rejected == null || answer.getStatus() < 500) {
      return false;
    }
    answer.resetBuffer();
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // Camunda's error shape (type, message) so Tasklist shows it, plus our field errors
    json.writeValue(response.getOutputStream(), new EngineInputError("InvalidInputException",
        rejected.getMessage(), new ApiError("INVALID_INPUT", rejected.getMessage(), rejected.errors()).fieldErrors()));
    return true;
  }

  record EngineInputError(String type, String message, java.util.List<cn.samr.livestream.shared.FieldError> fieldErrors) {
  }
}
