package cn.samr.livestream.operations;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Reads of the engine's aggregate state for health and metrics, outside any user's authorization: the counts are of
 * the whole engine (every job, every incident), and they are evaluated on whatever thread asks (a scrape, a health
 * request), whose user — if any — must not narrow them. The caller's authentication is put back afterwards.
 */
final class EngineReads {

  private EngineReads() {
  }

  static <T> T unrestricted(IdentityService identityService, Supplier<T> read) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return read.get();
    }
    identityService.clearAuthentication();
    try {
      return read.get();
    } finally {
      identityService.setAuthentication(caller);
    }
  }
}
