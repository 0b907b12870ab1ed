package cn.samr.livestream.subject.api;

import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.CreditClass;
import cn.samr.livestream.subject.DistrictCounts;
import cn.samr.livestream.subject.DuplicateSubjectException;
import cn.samr.livestream.subject.InfluenceThresholds;
import cn.samr.livestream.subject.KeyArea;
import cn.samr.livestream.subject.RegisterList;
import cn.samr.livestream.subject.RiskLevel;
import cn.samr.livestream.subject.CreditList;
import cn.samr.livestream.subject.SubjectDetail;
import cn.samr.livestream.subject.SubjectInput;
import cn.samr.livestream.subject.SubjectRegisterService;
import cn.samr.livestream.subject.SubjectSearch;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import cn.samr.livestream.subject.importing.ImportRejectedException;
import cn.samr.livestream.subject.importing.SubjectImportService;
import cn.samr.livestream.subject.RelationType;
import cn.samr.livestream.subject.SubjectRelation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register of supervised subjects (监管对象名录库, docs/register.md): search and lists, one subject with its
 * whole history, additions and corrections (audited), counts per district and the influential-streamer
 * thresholds. District officers see and edit their own district; the city units see all ({@link SubjectAccess}).
 */
@RestController
@RequestMapping("/api/subjects")
public class SubjectRegisterController {

  private final SubjectRegisterService register;
  private final SubjectAccess access;
  private final SubjectImportService imports;

  public SubjectRegisterController(SubjectRegisterService register, SubjectAccess access,
      SubjectImportService imports) {
    this.register = register;
    this.access = access;
    this.imports = imports;
  }

  /**
   * A page of the register in the caller's scope. q: part of a name (also former names); creditCode, account,
   * platform: exact; role, district, list (KEY_MERCHANTS, INFLUENTIAL_STREAMERS, PLATFORMS), risk, keyArea;
   * listed (ABNORMAL, SERIOUS_ILLEGAL): on that credit list now; creditClass (A–D, the computed 信用风险分类).
   */
  @GetMapping
  public SubjectRegisterService.Page search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String creditCode, @RequestParam(required = false) String account,
      @RequestParam(required = false) String platform, @RequestParam(required = false) String role,
      @RequestParam(required = false) String district, @RequestParam(required = false) String list,
      @RequestParam(required = false) String risk, @RequestParam(required = false) String keyArea,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String listed, @RequestParam(required = false) String creditClass) {
    List<String> scope = readScope();
    Inputs inputs = new Inputs();
    SubjectType roleValue = choice(inputs, SubjectType.class, role, "role");
    RegisterList listValue = choice(inputs, RegisterList.class, list, "list");
    RiskLevel riskValue = choice(inputs, RiskLevel.class, risk, "risk");
    KeyArea areaValue = choice(inputs, KeyArea.class, keyArea, "keyArea");
    CreditList listedValue = choice(inputs, CreditList.class, listed, "listed");
    CreditClass classValue = choice(inputs, CreditClass.class, creditClass, "creditClass");
    int pageValue = number(inputs, page, "page", 0, 0, Integer.MAX_VALUE / SubjectRegisterService.MAX_PAGE_SIZE);
    int sizeValue = number(inputs, size, "size", 20, 1, SubjectRegisterService.MAX_PAGE_SIZE);
    inputs.throwIfAny();
    return register.search(new SubjectSearch(blankToNull(q), blankToNull(creditCode), blankToNull(account),
        blankToNull(platform), roleValue, blankToNull(district), scope, listValue, riskValue, areaValue, classValue,
        null, null, pageValue * sizeValue, sizeValue, listedValue));
  }

  /** One subject with its names, relations, merges, changes and history; 404 outside the caller's scope. */
  @GetMapping("/{id}")
  public SubjectDetail get(@PathVariable long id) {
    readScope();
    return register.detail(id).filter(d -> access.mayRead(d.subject().getDistrictCode()))
        .orElseThrow(() -> notFound(id));
  }

  /** Adds a subject to a district the caller edits: 201; 400 field errors; 409 already registered. */
  @PostMapping
  public ResponseEntity<SupervisedSubject> create(@RequestBody SubjectInput input) {
    register.validate(input);
    if (!access.mayEdit(input.districtCode().trim())) {
      throw new AuthorizationException(access.userId(), "CREATE", "Subject", input.districtCode());
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(register.create(input, access.userId()));
  }

  /**
   * Corrects a subject of a district the caller edits (moving it to another district needs edit rights in
   * both); every changed field is audited. 404 outside the caller's reading scope, 403 read-only.
   */
  @PutMapping("/{id}")
  public SupervisedSubject update(@PathVariable long id, @RequestBody SubjectInput input) {
    readScope();
    SupervisedSubject subject = register.byId(id).filter(s -> access.mayRead(s.getDistrictCode()))
        .orElseThrow(() -> notFound(id));
    if (!access.mayEdit(subject.getDistrictCode())) {
      throw new AuthorizationException(access.userId(), "UPDATE", "Subject", String.valueOf(id));
    }
    register.validate(input);
    if (!access.mayEdit(input.districtCode().trim())) {
      throw new AuthorizationException(access.userId(), "UPDATE", "Subject", input.districtCode());
    }
    return register.update(subject.getId(), input, access.userId());
  }

  /** A relation to record: type, the other party, from/to dates (to empty while current). */
  public record RelationRequest(RelationType type, Long toSubjectId, LocalDate validFrom, LocalDate validTo) {
  }

  /**
   * Records a relation from this subject to another (room operator → room, streamer → agency, room or shop →
   * platform), for editors of this subject's district; 201 with all its relations.
   */
  @PostMapping("/{id}/relations")
  public ResponseEntity<List<SubjectRelation>> relate(@PathVariable long id, @RequestBody RelationRequest request) {
    readScope();
    SupervisedSubject from = register.byId(id).filter(s -> access.mayRead(s.getDistrictCode()))
        .orElseThrow(() -> notFound(id));
    if (!access.mayEdit(from.getDistrictCode())) {
      throw new AuthorizationException(access.userId(), "UPDATE", "Subject", String.valueOf(id));
    }
    Inputs inputs = new Inputs();
    inputs.require(request.type() != null, "type", "关系类型必填", "type is required");
    Optional<SupervisedSubject> to = request.toSubjectId() == null ? Optional.empty()
        : register.byId(request.toSubjectId()).filter(s -> access.mayRead(s.getDistrictCode()));
    inputs.require(to.isPresent(), "toSubjectId", "关联的监管对象不存在或无权查看", "no such subject, or not yours to read");
    inputs.require(to.isEmpty() || !to.get().getId().equals(from.getId()), "toSubjectId", "不能与自身关联",
        "a subject cannot be related to itself");
    inputs.require(request.validFrom() == null || request.validTo() == null
        || !request.validTo().isBefore(request.validFrom()), "validTo", "结束日期不能早于开始日期",
        "must not be before validFrom");
    inputs.throwIfAny();
    register.relate(from.getId(), to.get().getId(), request.type(), request.validFrom(), request.validTo(),
        access.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(register.relations(from.getId()));
  }

  /** Counts per district (the caller's districts, or all for the city units). */
  @GetMapping("/counts")
  public List<DistrictCounts> counts() {
    List<String> scope = readScope();
    return register.countsByDistrict().stream().filter(c -> scope == null || scope.contains(c.districtCode()))
        .toList();
  }

  @GetMapping("/settings")
  public InfluenceThresholds settings() {
    readScope();
    return register.thresholds();
  }

  /** Administrators set the influential-streamer thresholds. */
  @PutMapping("/settings")
  public InfluenceThresholds setSettings(@RequestBody InfluenceThresholds thresholds) {
    if (!access.isAdministrator()) {
      throw new AuthorizationException(access.userId(), "UPDATE", "SubjectSettings", "influential");
    }
    return register.setThresholds(thresholds, access.userId());
  }

  /**
   * Imports a register file (multipart field {@code file}: CSV UTF-8 or .xlsx, ≤ 2 MB, ≤ 10,000 lines), all or
   * nothing: 200 with the counts, or 400 with every line's errors and nothing stored.
   */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public SubjectImportService.Result importFile(@RequestParam("file") MultipartFile file) throws IOException {
    if (!access.editsCity() && access.ownDistricts().isEmpty()) {
      throw new AuthorizationException(access.userId(), "CREATE", "Subject", "import");
    }
    SubjectImportService.refuseIfTooLarge(file.getSize());
    return imports.importFile(file.getOriginalFilename(), file.getBytes(), access::mayEdit, access.userId());
  }

  /** The import template: the header and an example line (CSV UTF-8 with BOM). */
  @GetMapping("/import/template.csv")
  public ResponseEntity<byte[]> template() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("监管对象名录导入模板.csv", StandardCharsets.UTF_8).build().toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(SubjectImportService.csvTemplate());
  }

  @ExceptionHandler(ImportRejectedException.class)
  ResponseEntity<ImportRejectedException.Body> rejected(ImportRejectedException e) {
    return ResponseEntity.badRequest().body(e.body());
  }

  /** 409: the record holding the code or account, by id and name when the caller may read it. */
  @ExceptionHandler(DuplicateSubjectException.class)
  ResponseEntity<Map<String, Object>> duplicate(DuplicateSubjectException e) {
    SupervisedSubject existing = e.existing();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "DUPLICATE");
    if (access.mayRead(existing.getDistrictCode())) {
      body.put("message", ApiError.of("DUPLICATE", "该统一社会信用代码或平台账号已登记为" + existing.getName(),
          "this credit code or platform account is registered as " + existing.getName()).message());
      body.put("subjectId", existing.getId());
    } else {
      body.put("message", ApiError.of("DUPLICATE", "该统一社会信用代码或平台账号已登记（其他辖区）",
          "this credit code or platform account is registered in another district").message());
    }
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }

  /** The caller's reading scope; 403 for a caller in no unit. */
  private List<String> readScope() {
    List<String> scope = access.readScope();
    if (scope != null && scope.isEmpty()) {
      throw new AuthorizationException(access.userId(), "READ", "Subject", "*");
    }
    return scope;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("监管对象不存在或无权查看：" + id, "no such subject, or not yours to read: " + id);
  }

  private static <E extends Enum<E>> E choice(Inputs inputs, Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      inputs.require(false, field, "无效的取值：" + value, "not a valid value: " + value);
      return null;
    }
  }

  private static int number(Inputs inputs, String value, String field, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    inputs.require(false, field, "须为" + min + "到" + max + "之间的整数", "must be a whole number from " + min + " to " + max);
    return fallback;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
