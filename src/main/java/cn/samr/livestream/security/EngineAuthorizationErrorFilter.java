package cn.samr.livestream.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a write to the engine REST layers (/engine-rest, the webapps' /camunda/api/engine) that the engine
 * refused for missing permissions as 403 with a Chinese message, the English after " / ":
 * <ul>
 *   <li>a refusal of {@link CommentAttachmentGuard}, which Camunda's REST layer would turn into 400 ("Not enough
 *       parameters submitted") or 404 for some of the commands it guards;</li>
 *   <li>any other 403 {@code AuthorizationException} (Cockpit's variable edit, suspend, cancel, job retry for a
 *       read-only user), whose message the engine writes in English only.</li>
 * </ul>
 * Reads (GET) pass through unbuffered: a read the engine refuses is an empty answer, not a 403 Cockpit shows.
 */
public class EngineAuthorizationErrorFilter extends EngineWriteAnswerFilter {

  static final String TYPE = "AuthorizationException";
  static final String NOT_PERMITTED = "无权执行此操作：只读用户或非承办单位人员不能修改 / ";

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void beginCapture() {
    CommentAttachmentGuard.beginCapture();
  }

  @Override
  protected void endCapture() {
    CommentAttachmentGuard.endCapture();
  }

  @Override
  protected boolean answeredOtherwise(ContentCachingResponseWrapper answer, HttpServletResponse response)
      throws IOException {
    AuthorizationException refused = CommentAttachmentGuard.captured();
    if (refused != null && answer.getStatus() >= 400) {
      answer.resetBuffer();
      RestErrors.write(response, HttpServletResponse.SC_FORBIDDEN, TYPE, refused.getMessage());
      return true;
    }
    if (answer.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
      byte[] translated = translated(answer.getContentAsByteArray());
      if (translated != null) {
        answer.resetBuffer();
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(translated.length);
        response.getOutputStream().write(translated);
        return true;
      }
    }
    return false;
  }

  /** The engine's English-only AuthorizationException body with the Chinese put in front; null to leave it. */
  private byte[] translated(byte[] body) {
    try {
      JsonNode error = json.readTree(body);
      if (error instanceof ObjectNode object && TYPE.equals(object.path("type").asText())
          && object.path("message").isTextual() && !hasChinese(object.get("message").asText())) {
        object.put("message", NOT_PERMITTED + object.get("message").asText());
        return json.writeValueAsBytes(object);
      }
    } catch (IOException | RuntimeException notJson) {
      // not Camunda's error shape: left as it is
    }
    return null;
  }

  private static boolean hasChinese(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
