package cn.samr.livestream.tasks.api;

import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.tasks.HandOffService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hand-offs of a user task (docs/handoffs-and-notifications.md §2.1–2.2, docs/tasklist.md 「交接」): transfer,
 * delegation, the delegate's resolution, and the caller's options. Login required (/api); also open to the webapps'
 * session with the CSRF token (security.ApiAuthenticationProvider.WEBAPP_PAGE_APIS) for the Tasklist plugin.
 * A task that does not exist or that the caller may not see: 404; a refusal: 403; a bad request: 400 with the field;
 * two requests changing the task at once: the loser 409.
 */
@RestController
@RequestMapping("/api/tasks")
public class TaskHandOffController {

  /** {"toUser","reason"}; the reason is required for a transfer, optional for a delegation. */
  public record HandOffRequest(String toUser, String reason) {
  }

  /** The form's variables in Camunda's REST shape ({"name": {"value": …, "type": …}}), as Tasklist resolves. */
  public record ResolutionRequest(Map<String, VariableValueDto> variables) {
  }

  private final HandOffService handOffs;
  private final ProcessEngine engine;
  private final ObjectMapper json;

  public TaskHandOffController(HandOffService handOffs, ProcessEngine engine, ObjectMapper json) {
    this.handOffs = handOffs;
    this.engine = engine;
    this.json = json;
  }

  @PostMapping("/{taskId}/transfer")
  public HandOffService.Result transfer(@PathVariable String taskId, @RequestBody HandOffRequest request) {
    return handOffs.transfer(taskId, request.toUser(), request.reason());
  }

  @PostMapping("/{taskId}/delegation")
  public HandOffService.Result delegate(@PathVariable String taskId, @RequestBody HandOffRequest request) {
    return handOffs.delegate(taskId, request.toUser(), request.reason());
  }

  @PostMapping("/{taskId}/resolution")
  public HandOffService.Result resolve(@PathVariable String taskId,
      @RequestBody(required = false) ResolutionRequest request) {
    Map<String, Object> variables;
    try {
      variables = request == null || request.variables() == null ? Map.of()
          : VariableValueDto.toMap(request.variables(), engine, json);
    } catch (RuntimeException e) {
      throw InvalidInputException.of("variables", "表单数据格式不正确", "the form variables cannot be read");
    }
    return handOffs.resolve(taskId, variables);
  }

  @GetMapping("/{taskId}/hand-off-options")
  public HandOffService.Options options(@PathVariable String taskId) {
    return handOffs.options(taskId);
  }

  @ExceptionHandler(HandOffService.ConcurrentChangeException.class)
  ResponseEntity<ApiError> conflict(HandOffService.ConcurrentChangeException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(ApiError.of("CONFLICT", "任务已被同时修改，请刷新后重试", "the task was changed at the same time: reload and try again"));
  }
}
