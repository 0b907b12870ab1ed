package cn.samr.livestream.security;

import jakarta.servlet.http.HttpServletRequest;

/** Which addresses answer errors as {@code shared.ApiError} (ours: /api, /platform-api), the rest in Camunda's shape. */
final class ApiErrorPaths {

  private ApiErrorPaths() {
  }

  static boolean answersApiError(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return uri.startsWith(context + "/api/") || uri.startsWith(context + "/platform-api/");
  }
}
