package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.platform.PlatformConflict;
import cn.samr.livestream.shared.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 409 for a number sent before with other content or at the same moment; every other error as on /api. */
@RestControllerAdvice(basePackageClasses = PlatformApiErrors.class)
class PlatformApiErrors {

  @ExceptionHandler(PlatformConflict.class)
  ResponseEntity<ApiError> conflict(PlatformConflict e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(e.error());
  }
}
