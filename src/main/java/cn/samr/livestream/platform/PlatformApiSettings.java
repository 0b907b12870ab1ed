package cn.samr.livestream.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The limits of /platform-api (application.yaml livestream.platform, docs/platform-api.md). */
@Component
public class PlatformApiSettings {

  /** Where the OpenAPI description and its viewer are served (springdoc in application.yaml). */
  public static final String API_DOCS = "/platform-api/v3/api-docs";
  public static final String SWAGGER_UI = "/platform-api/swagger-ui";

  private final int requestsPerMinute;
  private final int maxBodyBytes;
  private final int maxBatchRows;

  public PlatformApiSettings(@Value("${livestream.platform.requests-per-minute:120}") int requestsPerMinute,
      @Value("${livestream.platform.max-body-kb:1024}") int maxBodyKb,
      @Value("${livestream.platform.max-batch-rows:500}") int maxBatchRows) {
    this.requestsPerMinute = Math.max(1, requestsPerMinute);
    this.maxBodyBytes = Math.max(1, maxBodyKb) * 1024;
    this.maxBatchRows = Math.max(1, maxBatchRows);
  }

  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  public int maxBatchRows() {
    return maxBatchRows;
  }

  /** The description and its viewer: public, read-only, no data. */
  static boolean isDocumentation(String path) {
    return path.equals(API_DOCS) || path.startsWith(API_DOCS + "/") || path.equals(SWAGGER_UI + ".html")
        || path.startsWith(SWAGGER_UI + "/");
  }
}
