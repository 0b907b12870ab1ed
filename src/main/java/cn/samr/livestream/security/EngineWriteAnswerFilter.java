package cn.samr.livestream.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A filter on the engine REST layers (/engine-rest, the webapps' /camunda/api/engine) that holds the answer
 * to a write until it has seen it, so it can answer otherwise: what the engine says in its own words becomes
 * what officers should read. Reads pass through unbuffered.
 */
abstract class EngineWriteAnswerFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    beginCapture();
    try {
      chain.doFilter(request, answer);
      if (!answeredOtherwise(answer, response)) {
        answer.copyBodyToResponse();
      }
    } finally {
      endCapture();
    }
  }

  /** Starts capturing, on this thread, what the engine raised during the request. */
  protected abstract void beginCapture();

  protected abstract void endCapture();

  /**
   * Writes another answer to {@code response} (after {@code answer.resetBuffer()}) and says so; {@code false}
   * keeps the engine's answer.
   */
  protected abstract boolean answeredOtherwise(ContentCachingResponseWrapper answer, HttpServletResponse response)
      throws IOException;
}
