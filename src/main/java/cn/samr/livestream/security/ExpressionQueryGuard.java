package cn.samr.livestream.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects with 400 every request to the engine REST layers (/engine-rest and the webapps'
 * /camunda/api/engine) that carries a query expression: a query parameter or JSON property, at any
 * depth and so also inside {@code orQueries} or a filter's stored {@code query}, whose name ends in
 * {@code Expression} ({@code assigneeExpression}, {@code dueBeforeExpression}, …).
 *
 * <p>Why: query expressions are evaluated by the engine (JUEL), and 7.24 CE gets no more patches for
 * the ways they have been abused; officers never need them. The stored filters the application
 * creates itself (TasklistFilters, through the Java API) keep theirs.
 */
public class ExpressionQueryGuard extends OncePerRequestFilter {

  static final String SUFFIX = "Expression";
  /** Bodies larger than this are not queries; they pass unread (deployments, files). */
  static final int MAX_INSPECTED_BODY = 1024 * 1024;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> offending = request.getParameterMap().entrySet().stream()
        .filter(p -> isExpressionName(p.getKey()) && hasValue(p.getValue()))
        .map(Map.Entry::getKey).findFirst();
    HttpServletRequest forwarded = request;
    if (offending.isEmpty() && isJson(request) && request.getContentLength() <= MAX_INSPECTED_BODY) {
      byte[] body = request.getInputStream().readAllBytes();
      forwarded = new CachedBodyRequest(request, body);
      offending = expressionIn(body);
    }
    if (offending.isPresent()) {
      RestErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
          "查询中不允许使用表达式：" + offending.get() + " / Expressions are not allowed in queries: " + offending.get());
      return;
    }
    chain.doFilter(forwarded, response);
  }

  private Optional<String> expressionIn(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try {
      return expressionIn(json.readTree(body));
    } catch (JsonProcessingException notJson) {
      return Optional.empty(); // the REST layer answers malformed JSON itself
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Optional<String> expressionIn(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isExpressionName(field.getKey()) && !field.getValue().isNull()) {
          return Optional.of(field.getKey());
        }
        Optional<String> nested = expressionIn(field.getValue());
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        Optional<String> nested = expressionIn(element);
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isExpressionName(String name) {
    return name != null && name.endsWith(SUFFIX);
  }

  private static boolean hasValue(String[] values) {
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().contains("json");
  }

  /** The request with its body read once and replayed to the REST layer. */
  static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous body only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() != null ? getCharacterEncoding() : StandardCharsets.UTF_8.name();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
