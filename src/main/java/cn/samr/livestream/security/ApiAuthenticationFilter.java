package cn.samr.livestream.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

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

  private final ProcessEngine processEngine;

  public ApiAuthenticationFilter(ProcessEngine processEngine) {
    this.processEngine = processEngine;
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
