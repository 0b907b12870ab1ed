package cn.samr.livestream.monitoring.api;

import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.monitoring.MonitoringProcess;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.monitoring.MonitoringService.RecordedCheck;
import cn.samr.livestream.monitoring.SpotCheckAssignment;
import cn.samr.livestream.monitoring.SpotCheckRequest;
import cn.samr.livestream.monitoring.upload.SpotCheckSheet;
import cn.samr.livestream.monitoring.upload.SpotCheckTemplate;
import cn.samr.livestream.monitoring.upload.SpotCheckUploadService;
import cn.samr.livestream.monitoring.upload.SpotCheckUploadService.UploadResult;
import cn.samr.livestream.monitoring.upload.UploadError;
import cn.samr.livestream.monitoring.upload.UploadRejectedException;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Spot checks of the monthly assignments (月度抽查监测): POST /api/spot-checks records one, POST
 * /api/spot-checks/upload a CSV/xlsx file of them, all or nothing (抽查记录批量导入), and the upload
 * templates. Who may work monthly-monitoring and start clue-verification is asked before anything else;
 * a check is recorded for a district by its officers and heads or by the monitoring centre.
 */
@RestController
@RequestMapping("/api/spot-checks")
public class SpotCheckController {

  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final MonitoringService monitoring;
  private final SpotCheckUploadService uploads;
  private final CurrentUser currentUser;
  private final AuthorizationService authorizationService;

  public SpotCheckController(MonitoringService monitoring, SpotCheckUploadService uploads, CurrentUser currentUser,
      AuthorizationService authorizationService) {
    this.monitoring = monitoring;
    this.uploads = uploads;
    this.currentUser = currentUser;
    this.authorizationService = authorizationService;
  }

  @PostMapping
  public ResponseEntity<RecordedCheck> record(@RequestBody SpotCheckRequest request) {
    requireRecorder();
    SpotCheckAssignment assignment = monitoring.validate(request);
    if (!monitoring.mayRecordFor(assignment.getUnitCode(), currentUser.groupIds())) {
      throw new AuthorizationException(currentUser.userId(), "RECORD_SPOT_CHECK", "spot_check_assignment",
          String.valueOf(assignment.getId()));
    }
    RecordedCheck recorded = monitoring.record(request, currentUser.userId());
    return ResponseEntity.created(URI.create("/api/spot-checks/" + recorded.checkId())).body(recorded);
  }

  /**
   * A file of checks (multipart field "file", .csv in UTF-8 or .xlsx, up to {@link SpotCheckSheet#MAX_ROWS} rows):
   * 201 with what was stored, or 400/413 with every problem by line and nothing stored.
   */
  @PostMapping("/upload")
  public ResponseEntity<UploadResult> upload(@RequestParam("file") MultipartFile file) {
    requireRecorder();
    if (file.getSize() > SpotCheckSheet.MAX_FILE_BYTES) {
      throw UploadRejectedException.tooLarge(SpotCheckSheet.MAX_FILE_BYTES);
    }
    // a file of our own on disk (Tomcat keeps the part there already): read twice, never whole in memory
    Path copy = null;
    try {
      copy = Files.createTempFile("spot-check-upload-", ".part");
      file.transferTo(copy);
      UploadResult result = uploads.upload(file.getOriginalFilename(), copy, currentUser.userId(),
          currentUser.groupIds());
      return ResponseEntity.status(HttpStatus.CREATED).body(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // left to the system's temp cleaning
        }
      }
    }
  }

  /**
   * A district's month assignment with its focus subjects (重点监测对象, credit class D then C): for those who record
   * the district's checks (its officers and heads, the monitoring centre); anyone else 404, as if it did not exist.
   */
  @GetMapping("/assignments/{id}")
  public MonitoringService.AssignmentView assignment(@PathVariable("id") long id) {
    SpotCheckAssignment assignment = monitoring.findAssignment(id)
        .filter(a -> monitoring.mayRecordFor(a.getUnitCode(), currentUser.groupIds()))
        .orElseThrow(() -> new NotFoundException("抽查任务不存在：" + id, "no spot-check assignment " + id));
    return monitoring.view(assignment.getId());
  }

  @GetMapping("/upload-template.csv")
  public ResponseEntity<byte[]> csvTemplate() {
    return download(SpotCheckTemplate.csv(), SpotCheckTemplate.CSV_NAME,
        new MediaType("text", "csv", StandardCharsets.UTF_8));
  }

  @GetMapping("/upload-template.xlsx")
  public ResponseEntity<byte[]> xlsxTemplate() {
    return download(SpotCheckTemplate.xlsx(), SpotCheckTemplate.XLSX_NAME, XLSX);
  }

  @ExceptionHandler(UploadRejectedException.class)
  ResponseEntity<UploadError> rejected(UploadRejectedException e) {
    return ResponseEntity.status(e.isTooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST).body(e.body());
  }

  @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
  ResponseEntity<UploadError> noFile(Exception e) {
    return rejected(UploadRejectedException.file("FILE_MISSING", "请以multipart/form-data上传文件，字段名为file",
        "send the file as multipart/form-data in the field \"file\""));
  }

  /**
   * Recording checks needs the rights to work monthly-monitoring and to start clue-verification (a
   * suspected violation starts one) and membership of a district or of the monitoring centre.
   */
  private void requireRecorder() {
    require(ProcessDefinitionPermissions.READ, MonitoringProcess.PROCESS_KEY);
    require(ProcessDefinitionPermissions.CREATE_INSTANCE, ClueProcess.PROCESS_KEY);
    if (!monitoring.mayRecordChecks(currentUser.groupIds())) {
      throw new AuthorizationException(currentUser.userId(), "RECORD_SPOT_CHECK", "spot_check_assignment", "*");
    }
  }

  private void require(Permission permission, String processKey) {
    if (!authorizationService.isUserAuthorized(currentUser.userId(), currentUser.groupIds(), permission,
        Resources.PROCESS_DEFINITION, processKey)) {
      throw new AuthorizationException(currentUser.userId(), permission.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), processKey);
    }
  }

  private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
    return ResponseEntity.ok().headers(headers).body(body);
  }
}
