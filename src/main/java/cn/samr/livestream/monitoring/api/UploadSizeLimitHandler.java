package cn.samr.livestream.monitoring.api;

import cn.samr.livestream.monitoring.upload.SpotCheckSheet;
import cn.samr.livestream.monitoring.upload.UploadError;
import cn.samr.livestream.monitoring.upload.UploadRejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over spring.servlet.multipart.max-file-size is refused while the request is parsed, before any
 * controller is chosen; only an advice for every handler sees it. Answered 413 with the upload's error
 * body (the upload's own limit is {@link SpotCheckSheet#MAX_FILE_BYTES}, 1 MB below; files between the two are
 * refused by the controller).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadSizeLimitHandler {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<UploadError> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(UploadRejectedException.tooLarge(SpotCheckSheet.MAX_FILE_BYTES).body());
  }
}
