package cn.samr.livestream.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns failures of our own /api controllers into {@link ApiError} answers. */
@RestControllerAdvice(basePackages = "cn.samr.livestream")
public class ApiExceptionHandler {

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
        .collect(Collectors.toList());
    e.getBindingResult().getGlobalErrors()
        .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
    return badRequest(errors);
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalidInput(InvalidInputException e) {
    return badRequest(e.errors());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException u) {
      return badRequest(List.of(FieldError.of(u.getPropertyName(), "不认识的字段", "unknown field")));
    }
    if (cause instanceof InvalidFormatException f) {
      return badRequest(List.of(FieldError.of(path(f), "格式或取值不正确：" + f.getValue(),
          "invalid format or value: " + f.getValue())));
    }
    if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return badRequest(List.of(FieldError.of(path(m), "格式不正确", "malformed value")));
    }
    return ResponseEntity.badRequest()
        .body(ApiError.of("MALFORMED_JSON", "请求内容不是有效的JSON", "the request body is not valid JSON"));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(ApiError.of("FORBIDDEN", "无权执行此操作", "not permitted"));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(e.error());
  }

  private static ResponseEntity<ApiError> badRequest(List<FieldError> errors) {
    return ResponseEntity.badRequest().body(new ApiError("VALIDATION_FAILED",
        "请求参数有误 / the request has invalid fields", errors));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining()).substring(1);
  }
}
