package cn.samr.livestream.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.http.HttpHeaders;

/**
 * Camunda's authentication filter for our own REST API under /api/*.
 *
 * <p>The parent filter is written for the engine REST API: it takes the path after the servlet
 * path, lets {@code /engine} (the engine list) through unauthenticated, reads the engine name from
 * {@code /engine/{name}/...} and looks the engine up through the REST API's ProcessEngineProvider.
 * None of that fits /api/*: here every request needs authentication and always addresses the
 * application's (default) engine, whatever the path looks like.
 */
public class ApiAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  static final String REQUESTED_WITH = "X-Requested-With";

  private final ProcessEngine processEngine;

  public ApiAuthenticationFilter(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  /**
   * A page's script (it says so with {@code X-Requested-With}) gets its 401 without the Basic challenge, so that the
   * browser shows no password prompt: the page asks the user to log in to the webapps instead.
   */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse
        && http.getHeader(REQUESTED_WITH) != null) {
      response = new HttpServletResponseWrapper(httpResponse) {
        @Override
        public void setHeader(String name, String value) {
          if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
            super.setHeader(name, value);
          }
        }

        @Override
        public void addHeader(String name, String value) {
          if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
            super.addHeader(name, value);
          }
        }
      };
    }
    super.doFilter(request, response, chain);
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  @Override
  protected String extractEngineName(String requestUrl) {
    return processEngine.getName();
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    return processEngine;
  }
}
