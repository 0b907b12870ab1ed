package cn.samr.livestream.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Body of every error answer of /api: a code, a Chinese/English message and the field errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String code, String message, List<FieldError> fieldErrors) {

  public static ApiError of(String code, String chinese, String english) {
    return new ApiError(code, chinese + " / " + english, List.of());
  }
}
