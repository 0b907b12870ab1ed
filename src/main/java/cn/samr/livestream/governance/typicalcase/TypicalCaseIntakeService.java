package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes a typical case (提议典型案例): the source must be a closed case with its penalty decision published or a
 * criminal transfer the police accepted, the proposer one of its unit's officers or heads, and the case not already
 * written up (unless rejected or withdrawn). Stores the write-up and starts typical-case in one transaction.
 */
@Service
@Transactional
public class TypicalCaseIntakeService {

  static final String NUMBER_PREFIX = "DX";
  static final String SOURCE_FIELD = "sourceNo";
  /** Case and transfer numbers are at most 64 characters (case_file.case_no, criminal_transfer.transfer_no). */
  static final int SOURCE_NO_MAX = 64;

  private final TypicalCaseMapper writeUps;
  private final WriteUpSources sources;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final ReadPolicy readPolicy;
  private final GovernanceEvents events;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public TypicalCaseIntakeService(TypicalCaseMapper writeUps, WriteUpSources sources, DocumentNumbers numbers,
      OrganizationService organization, ReadPolicy readPolicy, GovernanceEvents events, RuntimeService runtimeService,
      Clock clock) {
    this.writeUps = writeUps;
    this.sources = sources;
    this.numbers = numbers;
    this.organization = organization;
    this.readPolicy = readPolicy;
    this.events = events;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  public record ProposalRequest(String sourceNo) {
  }

  public record ProposedWriteUp(long writeUpId, String writeUpNo, String processInstanceId) {
  }

  /** POST /api/typical-cases. */
  public ProposedWriteUp propose(ProposalRequest request, String actor) {
    TypicalCase writeUp = store(request == null ? null : request.sourceNo(), actor);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(TypicalCaseProcess.PROCESS_KEY)
        .businessKey(writeUp.getWriteUpNo()).setVariables(startVariables(writeUp)).execute();
    writeUps.updateProcessInstanceId(writeUp.getId(), instance.getId());
    return new ProposedWriteUp(writeUp.getId(), writeUp.getWriteUpNo(), instance.getId());
  }

  /** The Tasklist start form: registered inside the starting instance. */
  public ProposedWriteUp proposeInProcess(String sourceNo, String actor, DelegateExecution execution) {
    TypicalCase writeUp = store(sourceNo, actor);
    execution.setProcessBusinessKey(writeUp.getWriteUpNo());
    execution.setVariables(startVariables(writeUp));
    writeUps.updateProcessInstanceId(writeUp.getId(), execution.getProcessInstanceId());
    return new ProposedWriteUp(writeUp.getId(), writeUp.getWriteUpNo(), execution.getProcessInstanceId());
  }

  private TypicalCase store(String sourceNo, String actor) {
    // a number that cannot be one is a 400, before the look-up (whose miss is a 404, as for a case one may not read)
    if (sourceNo != null && (sourceNo.strip().isEmpty() || sourceNo.length() > SOURCE_NO_MAX
        || !cn.samr.livestream.shared.PlainText.Validator.isPlain(sourceNo, false))) {
      throw cn.samr.livestream.shared.InvalidInputException.of(SOURCE_FIELD,
          "案件编号或移送编号不超过" + SOURCE_NO_MAX + "字，不能为空白，不能含换行符或控制字符",
          "the case or transfer number: at most " + SOURCE_NO_MAX + " characters, not blank, no line breaks or control"
              + " characters");
    }
    WriteUpSource source = readableSource(sourceNo);
    if (!readPolicy.worksIn(source.unit()) && !readPolicy.headsUnit(source.unit())) {
      throw new AuthorizationException(actor, "CREATE", "TypicalCase", sourceNo);
    }
    source.requireReady(sourceNo, SOURCE_FIELD);
    existing(source.sourceKey()).ifPresent(open -> {
      throw cn.samr.livestream.shared.InvalidInputException.of(SOURCE_FIELD,
          "该案件已有典型案例 " + open.getWriteUpNo() + "（" + open.getStatus().label() + "）",
          "this case already has the write-up " + open.getWriteUpNo());
    });
    LocalDateTime now = LocalDateTime.now(clock);
    TypicalCase writeUp = new TypicalCase();
    writeUp.setWriteUpNo(numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate()));
    writeUp.setCaseId(source.transferId() == null ? source.caseId() : null);
    writeUp.setCriminalTransferId(source.transferId());
    writeUp.setSourceKey(source.sourceKey());
    writeUp.setProposerUnit(source.unit());
    writeUp.setStatus(TypicalCaseStatus.DRAFT);
    writeUp.setCategory(source.category());
    writeUp.setProposedBy(actor);
    writeUp.setProposedAt(now);
    try {
      writeUps.insert(writeUp);
    } catch (DuplicateKeyException e) {
      // the same case proposed at the same moment: the unique source key decides, this one is refused
      throw new DuplicateWriteUpException(source.sourceKey());
    }
    events.record(GovernanceRecordKind.TYPICAL_CASE, writeUp.getId(), TypicalCaseStep.PROPOSED, null, null,
        actor);
    return writeUp;
  }

  /** 404 for a number that names nothing the caller may read, whether it exists or not. */
  private WriteUpSource readableSource(String sourceNo) {
    WriteUpSource source = sources.resolve(sourceNo, SOURCE_FIELD);
    if (!readPolicy.mayRead(CityReaders.CLUES, source.unit())) {
      throw new NotFoundException("案件或移送不存在或无权查看：" + sourceNo,
          "no such case or transfer, or not yours to read: " + sourceNo);
    }
    return source;
  }

  private Optional<TypicalCase> existing(String sourceKey) {
    return writeUps.findBySourceKey(sourceKey);
  }

  private Map<String, Object> startVariables(TypicalCase writeUp) {
    OrgUnit unit = organization.unit(writeUp.getProposerUnit()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.WRITE_UP_ID.name(), writeUp.getId());
    variables.put(Var.WRITE_UP_NO.name(), writeUp.getWriteUpNo());
    variables.put(Var.LIST_NUMBER.name(), writeUp.getWriteUpNo());
    variables.put(Var.PROPOSER_UNIT.name(), unit.getCode());
    variables.put(Var.PROPOSER_UNIT_HEAD.name(), organization.headGroupOf(unit.getCode()));
    variables.put(Var.HANDLING_UNIT_NAME.name(), unit.getName());
    variables.put(Var.CATEGORY_LABEL.name(), writeUp.getCategory() == null ? null : writeUp.getCategory().label());
    return variables;
  }
}
