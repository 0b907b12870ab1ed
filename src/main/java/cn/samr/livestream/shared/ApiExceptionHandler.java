package cn.samr.livestream.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns failures of our own /api controllers into {@link ApiError} answers: 400 with field errors for
 * invalid input, whether Jackson could not read a field (wrong JSON type, unknown enum value or member,
 * malformed date) or a rule refused it; 400 MALFORMED_JSON for a body that is not one JSON object; 415
 * for a body that is not JSON; 403, 404.
 */
@RestControllerAdvice(basePackages = "cn.samr.livestream")
public class ApiExceptionHandler {

  /** How much of a refused value the answer repeats. */
  static final int ECHO = 40;

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

  /**
   * A body Jackson could not read. Syntax (also a repeated member, a number of over 1000 digits or
   * nesting over 1000 deep) is MALFORMED_JSON; a value of the wrong type or form is a field error on
   * the field Jackson names.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (causedBy(cause, JsonParseException.class) || causedBy(cause, StreamConstraintsException.class)) {
      return malformed("请求内容不是有效的JSON（语法错误、字段重复或过深的嵌套）",
          "the request body is not valid JSON (syntax, a repeated member, too deep nesting)");
    }
    if (cause instanceof UnrecognizedPropertyException u) {
      return badRequest(List.of(FieldError.of(path(u), "不认识的字段", "unknown field")));
    }
    if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return badRequest(List.of(fieldError(path(m), m)));
    }
    if (cause instanceof JsonMappingException) {
      return malformed("请求内容须为一个JSON对象", "the request body must be one JSON object");
    }
    return malformed("请求内容为空或不是有效的JSON", "the request body is empty or not valid JSON");
  }

  /** The body is not JSON (or no type was given): 415, saying what is accepted. */
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(e.getSupportedMediaTypes());
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers)
        .body(ApiError.of("UNSUPPORTED_MEDIA_TYPE", "请求内容须为JSON（Content-Type: application/json）",
            "send the body as JSON (Content-Type: application/json)"));
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

  private static ResponseEntity<ApiError> malformed(String chinese, String english) {
    return ResponseEntity.badRequest().body(ApiError.of("MALFORMED_JSON", chinese, english));
  }

  /** What is wrong with a value Jackson could not bind: said by the type the field expects. */
  private static FieldError fieldError(String field, JsonMappingException e) {
    Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    String shown = e instanceof InvalidFormatException f && !String.valueOf(f.getValue()).isBlank()
        ? echo(f.getValue()) : null;
    String value = shown == null ? "" : "：" + shown;
    String english = shown == null ? "" : ": " + shown;
    if (causedBy(e, InputCoercionException.class)) {
      return FieldError.of(field, "数值超出范围", "number out of range");
    }
    if (type == null) {
      return FieldError.of(field, "格式不正确", "malformed value");
    }
    if (type.isEnum()) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
      return FieldError.of(field, "取值无效" + value + "（可选：" + allowed + "）",
          "invalid value" + english + " (one of " + allowed + ")");
    }
    if (type == LocalDateTime.class) {
      return FieldError.of(field, "请填写北京时间，如2026-11-22T09:30:00" + value,
          "give a Beijing time such as 2026-11-22T09:30:00" + english);
    }
    if (type == LocalDate.class) {
      return FieldError.of(field, "请填写日期，如2026-11-22" + value, "give a date such as 2026-11-22" + english);
    }
    if (type == String.class) {
      return FieldError.of(field, "应为文本", "must be text");
    }
    if (type == Boolean.class || type == boolean.class) {
      return FieldError.of(field, "应为true或false", "must be true or false");
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return FieldError.of(field, "应为数字" + value, "must be a number" + english);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return FieldError.of(field, "应为数组", "must be a JSON array");
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return FieldError.of(field, "应为JSON对象", "must be a JSON object");
    }
    return FieldError.of(field, "格式不正确", "malformed value");
  }

  /** The start of a refused value, control characters shown as '?'. */
  private static String echo(Object value) {
    String text = String.valueOf(value).replaceAll("\\p{Cc}|\\p{Cs}", "?");
    return text.length() <= ECHO ? text : text.substring(0, ECHO) + "…";
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The field as the request names it: complainant.phone, subjects[0].name. */
  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining()).substring(1);
  }
}
