package cn.samr.livestream.governance.interview.api;

import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.governance.interview.Interview;
import cn.samr.livestream.governance.interview.InterviewIntakeService;
import cn.samr.livestream.governance.interview.InterviewIntakeService.Requested;
import cn.samr.livestream.governance.interview.InterviewProcess;
import cn.samr.livestream.governance.interview.InterviewReading;
import cn.samr.livestream.governance.interview.InterviewReading.InterviewView;
import cn.samr.livestream.governance.interview.InterviewRequest;
import cn.samr.livestream.governance.interview.InterviewStatus;
import cn.samr.livestream.governance.interview.InterviewTimeline;
import cn.samr.livestream.security.CurrentUser;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 行政约谈 (docs/interview.md): POST /api/interviews requests one (heads and the coordination group); GET
 * /api/interviews/{no} shows it with its subjects, records and commitments; GET /api/interviews lists those the caller
 * may read; GET /api/interviews/{no}/timeline its steps with the notices and the process history.
 */
@RestController
@RequestMapping("/api/interviews")
public class InterviewController {

  private final InterviewIntakeService intake;
  private final InterviewReading reading;
  private final InterviewTimeline timelines;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;

  public InterviewController(InterviewIntakeService intake, InterviewReading reading, InterviewTimeline timelines,
      CurrentUser currentUser, AuthorizationService authorizationService) {
    this.intake = intake;
    this.reading = reading;
    this.timelines = timelines;
    this.currentUser = currentUser;
    this.authorizationService = authorizationService;
  }

  @GetMapping("/{interviewNo}")
  public InterviewView show(@PathVariable String interviewNo) {
    return reading.view(reading.readable(interviewNo));
  }

  @GetMapping("/{interviewNo}/timeline")
  public Timeline timeline(@PathVariable String interviewNo) {
    return timelines.of(reading.readable(interviewNo));
  }

  @GetMapping
  public List<Interview> list(@RequestParam(required = false) Long subjectId,
      @RequestParam(required = false) InterviewStatus status, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return reading.search(subjectId, status, page, size);
  }

  /**
   * Stores the interview and starts administrative-interview. Only who may start that process (CREATE_INSTANCE: the
   * heads and the coordination group) may request one; asked before anything else.
   */
  @PostMapping
  public ResponseEntity<Requested> request(@RequestBody InterviewRequest request) {
    if (!authorizationService.isUserAuthorized(currentUser.userId(), currentUser.groupIds(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, InterviewProcess.PROCESS_KEY)) {
      throw new AuthorizationException(currentUser.userId(), ProcessDefinitionPermissions.CREATE_INSTANCE.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), InterviewProcess.PROCESS_KEY);
    }
    Requested requested = intake.request(request, currentUser.userId(), currentUser.groupIds());
    return ResponseEntity.created(URI.create("/api/interviews/" + requested.interviewNo())).body(requested);
  }
}
