package cn.samr.livestream.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;

/** The platform client calling /platform-api, as {@link PlatformApiFilter} authenticated it. */
public final class PlatformCaller {

  private PlatformCaller() {
  }

  /**
   * The caller, if granted the scope; 403 otherwise. Fails closed: a request that did not pass the filter (no
   * client attribute) is refused too.
   */
  public static PlatformClient with(HttpServletRequest request, PlatformScope scope) {
    Object client = request.getAttribute(PlatformApiFilter.CLIENT);
    if (!(client instanceof PlatformClient c) || !c.hasScope(scope)) {
      throw new AuthorizationException(client instanceof PlatformClient c ? c.getClientId() : "anonymous",
          scope.name(), "PlatformApi", scope.name());
    }
    return c;
  }

  /** Names the batch (or report) in the call's audit row. */
  public static void auditBatch(HttpServletRequest request, String batchId) {
    if (batchId != null && batchId.length() <= 64) {
      request.setAttribute(PlatformApiFilter.BATCH_ID, batchId);
    }
  }
}
