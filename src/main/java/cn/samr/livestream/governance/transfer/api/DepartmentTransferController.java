package cn.samr.livestream.governance.transfer.api;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.governance.transfer.DepartmentTransfer;
import cn.samr.livestream.governance.transfer.DepartmentTransferIntakeService;
import cn.samr.livestream.governance.transfer.DepartmentTransferIntakeService.Requested;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess;
import cn.samr.livestream.governance.transfer.DepartmentTransferQueries;
import cn.samr.livestream.governance.transfer.DepartmentTransferRequest;
import cn.samr.livestream.governance.transfer.DepartmentTransferTimeline;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.NotFoundException;
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
 * 部门移送 (docs/department-transfer.md): POST /api/department-transfers requests a transfer to another department;
 * GET /api/department-transfers/{no} shows it with its subjects, letter and steps; GET …/{no}/timeline those steps
 * with the process history; GET /api/department-transfers?subjectId=&department=&overdue= lists the caller's.
 * Read by the sending unit's officers and heads, the coordination group, the supervisors and the administrators;
 * to anyone else a transfer does not exist (404).
 */
@RestController
@RequestMapping("/api/department-transfers")
public class DepartmentTransferController {

  static final int LIST_LIMIT = 200;

  private final DepartmentTransferIntakeService intake;
  private final DepartmentTransferQueries queries;
  private final DepartmentTransferTimeline timelines;
  private final ReadPolicy readPolicy;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;

  public DepartmentTransferController(DepartmentTransferIntakeService intake, DepartmentTransferQueries queries,
      DepartmentTransferTimeline timelines, ReadPolicy readPolicy, CurrentUser currentUser,
      AuthorizationService authorizationService) {
    this.intake = intake;
    this.queries = queries;
    this.timelines = timelines;
    this.readPolicy = readPolicy;
    this.currentUser = currentUser;
    this.authorizationService = authorizationService;
  }

  /** A transfer, the register ids of its subjects, its letter's 文号 and its steps. */
  public record DepartmentTransferView(DepartmentTransfer transfer, String departmentLabel, String statusLabel,
      List<Long> subjectIds, String letterNo, List<RecordEvent> events) {
  }

  @GetMapping("/{transferNo}")
  public DepartmentTransferView show(@PathVariable String transferNo) {
    DepartmentTransfer transfer = readable(transferNo);
    return new DepartmentTransferView(transfer, transfer.getDepartment().label(), transfer.getStatus().label(),
        queries.subjectIds(transfer.getId()), queries.letterNo(transfer).orElse(null), queries.events(transfer));
  }

  @GetMapping("/{transferNo}/timeline")
  public Timeline timeline(@PathVariable String transferNo) {
    return timelines.of(readable(transferNo));
  }

  /** The transfers the caller may read, newest first (at most 200), optionally of one subject, department, overdue. */
  @GetMapping
  public List<DepartmentTransfer> list(@RequestParam(required = false) Long subjectId,
      @RequestParam(required = false) Department department, @RequestParam(required = false) Boolean overdue) {
    List<String> units = readPolicy.mayReadCity(CityReaders.DEPARTMENT_TRANSFERS) ? null
        : queries.unitCodes().stream().filter(code -> readPolicy.worksIn(code) || readPolicy.headsUnit(code)).toList();
    return queries.search(units, subjectId, department, overdue, LIST_LIMIT);
  }

  /**
   * Stores the request and starts department-transfer. Only who may start that process (CREATE_INSTANCE) may
   * request; asked before anything else.
   */
  @PostMapping
  public ResponseEntity<Requested> request(@RequestBody DepartmentTransferRequest request) {
    if (!authorizationService.isUserAuthorized(currentUser.userId(), currentUser.groupIds(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        DepartmentTransferProcess.PROCESS_KEY)) {
      throw new AuthorizationException(currentUser.userId(), ProcessDefinitionPermissions.CREATE_INSTANCE.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), DepartmentTransferProcess.PROCESS_KEY);
    }
    Requested requested = intake.request(request, currentUser.userId(), currentUser.groupIds());
    return ResponseEntity.created(URI.create("/api/department-transfers/" + requested.transferNo())).body(requested);
  }

  /** The transfer if the caller may read it; otherwise 404, whether it exists or not. */
  private DepartmentTransfer readable(String transferNo) {
    return queries.byNo(transferNo)
        .filter(t -> readPolicy.mayRead(CityReaders.DEPARTMENT_TRANSFERS, t.getSenderUnit()))
        .orElseThrow(() -> new NotFoundException("部门移送不存在或无权查看：" + transferNo,
            "no such department transfer, or not yours to read: " + transferNo));
  }
}
