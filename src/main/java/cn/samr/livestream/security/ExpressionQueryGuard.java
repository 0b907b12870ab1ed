package cn.samr.livestream.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects every request to the engine REST layers (/engine-rest and the webapps' /camunda/api/engine)
 * that carries a query expression: a query parameter or JSON property, at any depth (so also inside
 * {@code orQueries} or a filter's stored {@code query}), whose name ends in {@code Expression}
 * ({@code assigneeExpression}, {@code dueBeforeExpression}, …), whatever its case or escaping.
 *
 * <p>Why: query expressions are evaluated by the engine (JUEL, with every Spring bean in reach), the
 * engine does not check them in or-queries, and 7.24 CE gets no more patches. Officers never need them;
 * the stored filters the application creates itself (TasklistFilters, through the Java API) keep theirs,
 * sandboxed by {@link QueryExpressionPolicy}.
 *
 * <p>The guard fails closed: what it cannot read whole and exactly as the engine will, the engine never
 * sees. A body over {@link #MAX_INSPECTED_BODY} is refused with 413 before it is read further (also when
 * it comes chunked, without a length); a body that is not strict JSON, or comes compressed, is refused;
 * multipart bodies are taken only where the engine expects files (deployments, attachments, binary
 * variables), none of which is a query. The query string is parsed here from its raw text, so no
 * parameter hides behind the servlet container's parameter limit.
 */
public class ExpressionQueryGuard extends OncePerRequestFilter {

  static final String SUFFIX = "expression";
  /** The largest body inspected; every JSON body of the engine REST is far smaller (Tasklist's ~2 KiB). */
  static final int MAX_INSPECTED_BODY = 1024 * 1024;
  /** The engine REST resources that consume multipart/form-data. */
  static final Pattern MULTIPART_RESOURCES =
      Pattern.compile(".*/(deployment/create|attachment/create|(variables|localVariables)/[^/]+/data)");

  private static final JsonFactory JSON = JsonFactory.builder().build();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Inspection query = inspectQueryString(request.getQueryString());
    if (query.refused()) {
      query.write(response);
      return;
    }
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (contentType.startsWith("multipart/")) {
      if (MULTIPART_RESOURCES.matcher(request.getRequestURI()).matches()) {
        chain.doFilter(request, response);
      } else {
        Inspection.UNSUPPORTED_MULTIPART.write(response);
      }
      return;
    }
    String encoding = request.getHeader("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
      Inspection.ENCODED.write(response);
      return;
    }
    if (request.getContentLengthLong() > MAX_INSPECTED_BODY) {
      Inspection.TOO_LARGE.write(response);
      return;
    }
    byte[] body = readAtMost(request.getInputStream(), MAX_INSPECTED_BODY + 1);
    if (body.length > MAX_INSPECTED_BODY) {
      Inspection.TOO_LARGE.write(response);
      return;
    }
    Inspection inspected = inspectJson(body);
    if (inspected.refused()) {
      inspected.write(response);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** Every parameter name of the raw query string, decoded as the REST layer decodes it. */
  static Inspection inspectQueryString(String query) {
    if (query == null || query.isEmpty()) {
      return Inspection.PASSED;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        if (isExpressionName(name) && !value.isEmpty()) {
          return Inspection.expression(name);
        }
      } catch (IllegalArgumentException malformed) {
        return Inspection.MALFORMED_QUERY;
      }
    }
    return Inspection.PASSED;
  }

  /** Every property name at every depth, duplicates included, by a strict parser (no comments, quotes…). */
  static Inspection inspectJson(byte[] body) {
    if (body.length == 0) {
      return Inspection.PASSED;
    }
    try (JsonParser parser = JSON.createParser(body)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && isExpressionName(parser.currentName())
            && parser.nextToken() != JsonToken.VALUE_NULL) {
          return Inspection.expression(parser.currentName());
        }
      }
      return Inspection.PASSED;
    } catch (IOException notStrictJson) {
      // what this parser cannot read, the engine's might read differently: it is not passed on
      return Inspection.MALFORMED_JSON;
    }
  }

  private static boolean isExpressionName(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }

  /** The guard's verdict on one part of a request and, when refused, its answer in Camunda's error shape. */
  record Inspection(int status, String type, String message) {

    static final Inspection PASSED = new Inspection(0, null, null);
    static final Inspection TOO_LARGE = new Inspection(413, "InvalidRequestException",
        "请求体过大：引擎接口只接受不超过 1 MiB 的请求体 / Request body too large: the engine API takes at most 1 MiB");
    static final Inspection MALFORMED_JSON = new Inspection(400, "InvalidRequestException",
        "请求体不是有效的 JSON / The request body is not valid JSON");
    static final Inspection MALFORMED_QUERY = new Inspection(400, "InvalidRequestException",
        "查询参数编码无效 / Malformed query parameter encoding");
    static final Inspection UNSUPPORTED_MULTIPART = new Inspection(415, "InvalidRequestException",
        "此接口不接受 multipart 请求体 / This resource does not take multipart bodies");
    static final Inspection ENCODED = new Inspection(415, "InvalidRequestException",
        "引擎接口不接受压缩的请求体 / The engine API does not take compressed request bodies");

    static Inspection expression(String name) {
      return new Inspection(400, "InvalidRequestException",
          "查询中不允许使用表达式：" + name + " / Expressions are not allowed in queries: " + name);
    }

    boolean refused() {
      return status != 0;
    }

    void write(HttpServletResponse response) throws IOException {
      RestErrors.write(response, status, type, message);
    }
  }
}
