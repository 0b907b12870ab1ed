package cn.samr.livestream.security;

import cn.samr.livestream.shared.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body declared in any character set but UTF-8 with 415, before anything reads it.
 *
 * <p>Why: Spring decodes a JSON body by the declared charset, so UTF-8 text sent as
 * {@code application/json; charset=GBK} (a misconfigured 12315 feed) was stored as mojibake; Camunda's
 * REST layers read JSON as UTF-8 whatever is declared, but decode form fields by it. Every client of these
 * APIs sends UTF-8 (browsers, the webapps, the feeds), so one rule for all: UTF-8 or no charset at all.
 */
public class RequestCharsetFilter extends OncePerRequestFilter {

  private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*([^;]*)", Pattern.CASE_INSENSITIVE);

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String declared = declaredCharset(request.getContentType());
    if (declared == null || isUtf8(declared)) {
      chain.doFilter(request, response);
      return;
    }
    String chinese = "请求内容须为UTF-8编码（Content-Type: application/json; charset=UTF-8），不接受 " + shown(declared);
    String english = "send the body in UTF-8 (Content-Type: application/json; charset=UTF-8), not " + shown(declared);
    response.setHeader("Accept", "application/json;charset=UTF-8");
    if (ApiErrorPaths.answersApiError(request)) {
      response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      json.writeValue(response.getOutputStream(), ApiError.of("UNSUPPORTED_MEDIA_TYPE", chinese, english));
    } else {
      RestErrors.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaTypeException",
          chinese + " / " + english);
    }
  }

  /**
   * The charset parameter of the Content-Type, or null when there is none. Read by hand: a parser that
   * checks the name (Spring's MediaType) fails on an unknown one, which must be refused too.
   */
  static String declaredCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher charset = CHARSET.matcher(contentType);
    return charset.find() ? charset.group(1).trim() : null;
  }

  static boolean isUtf8(String charset) {
    String name = charset.length() > 1 && charset.startsWith("\"") && charset.endsWith("\"")
        ? charset.substring(1, charset.length() - 1) : charset;
    try {
      return Charset.forName(name.trim()).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The declared name, cut short and reduced to safe characters, for the message. */
  private static String shown(String charset) {
    String safe = charset.replaceAll("[^A-Za-z0-9._:\"-]", "?");
    return safe.length() <= 40 ? safe : safe.substring(0, 40) + "…";
  }
}
