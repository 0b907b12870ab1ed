package cn.samr.livestream.enforcement.casefile;

import static cn.samr.livestream.enforcement.casefile.CaseText.blank;
import static cn.samr.livestream.enforcement.casefile.CaseText.trim;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case on a clue and decides its filing (立案审批): the file exists from the request
 * on, the filing document's number becomes the case number and the 90 days start. It owns the case file's
 * reads for the other case services and for the clue's view.
 */
@Service
@Transactional
public class CaseFilingService {

  private final CaseFileMapper cases;
  private final EnforcementRecords records;
  private final WorkCalendar calendar;
  private final Clock clock;

  public CaseFilingService(CaseFileMapper cases, EnforcementRecords records, WorkCalendar calendar, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.calendar = calendar;
    this.clock = clock;
  }

  public CaseFile caseFile(long caseId) {
    return cases.findById(caseId)
        .orElseThrow(() -> new NotFoundException("案件不存在：" + caseId, "no case " + caseId));
  }

  /**
   * The case of this number, if any: a department transfer names the case it comes from, a typical case the case it
   * writes up, a credit listing the case whose penalty it rests on.
   */
  public Optional<CaseFile> byNo(String caseNo) {
    return cases.findByCaseNo(caseNo);
  }

  /** The cases opened on a clue, for the clue's view. */
  public List<CaseFile> ofClue(long clueId) {
    return cases.findByClue(clueId);
  }

  /** The case file exists from the request on; its number is a placeholder until filing is approved. */
  public CaseFile open(long clueId, String clueNo, Long subjectId, String unit, String processInstanceId) {
    CaseFile caseFile = new CaseFile();
    caseFile.setCaseNo("待立案-" + clueNo + "-" + (cases.findByClue(clueId).size() + 1));
    caseFile.setClueId(clueId);
    caseFile.setSubjectId(subjectId);
    caseFile.setUnit(unit);
    caseFile.setStatus(CaseStatus.AWAITING_FILING);
    caseFile.setProcessInstanceId(processInstanceId);
    caseFile.setCreatedAt(now());
    cases.insert(caseFile);
    return caseFile;
  }

  /** What the officers read on every form: the clue's category and facts. */
  public String summary(long clueId) {
    String facts = cases.findClueFacts(clueId);
    String category = cases.findClueCategory(clueId);
    String label = category;
    try {
      label = ViolationCategory.valueOf(category).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      // an unknown category is shown as stored
    }
    String text = (label == null ? "" : "【" + label + "】") + (facts == null ? "" : facts);
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }

  /** When 立案审批's limit starts and how many working days it has: its due date is the last of them. */
  public record FilingLimit(Date from, int workingDays) {
  }

  /**
   * 立案审批's limit (处罚程序规定 Art.18: whether to file is decided within 15 working days of finding the clue, 30
   * with the head's extension). Filing straight after the verification keeps the clue's own limit, as 确定处置方式
   * does: from its receipt, 15 or (extended) 30 working days. After a failed follow-up check or a returned transfer
   * that limit has long passed; the non-correction or the return is a new finding (新的发现) and the 15 working days
   * run from it (our reading of Art.18, docs/working-days.md).
   */
  public FilingLimit filingLimit(long clueId, Date newFindingAt) {
    if (newFindingAt != null) {
      return new FilingLimit(newFindingAt, CaseProcess.FILING_WORKING_DAYS);
    }
    boolean extended = Boolean.TRUE.equals(cases.findClueExtensionGranted(clueId));
    return new FilingLimit(Times.toDate(cases.findClueReceivedAt(clueId)),
        extended ? CaseProcess.FILING_EXTENDED_WORKING_DAYS : CaseProcess.FILING_WORKING_DAYS);
  }

  /**
   * 立案审批: approved, the filing document's number (文号) becomes the case number and the 90 days start; their last
   * day moves to the next working day when it is not one (the 期间 rule).
   */
  public CaseFile decideFiling(long caseId, Boolean approved, String note, String actor) {
    new Inputs()
        .require(approved != null, "filingApproved", "请选择是否立案", "choose whether to file the case")
        .require(Boolean.TRUE.equals(approved) || !blank(note), "filingNote", "不予立案须说明理由",
            "give the reason for not filing")
        .throwIfAny();
    CaseFile caseFile = caseFile(caseId);
    LocalDateTime now = now();
    caseFile.setFilingNote(trim(note));
    caseFile.setFilingDecidedBy(actor);
    if (approved) {
      LocalDateTime due = Times.toLocal(calendar.addDaysToWorkingDay(Times.toDate(now), CaseProcess.DECISION_DAYS));
      EnforcementAction filing = records.record(new NewAction(ActionType.CASE_FILING, caseFile.getUnit(),
          caseFile.getClueId(), caseId, caseFile.getSubjectId(), due, "FILED", actor, trim(note)));
      caseFile.setCaseNo(filing.getDocumentNo());
      caseFile.setFiledAt(now);
      caseFile.setDecisionDue(due);
      caseFile.setStatus(CaseStatus.INVESTIGATING);
    } else {
      records.record(new NewAction(ActionType.NO_ACTION, caseFile.getUnit(), caseFile.getClueId(), caseId,
          caseFile.getSubjectId(), null, "NOT_FILED", actor, note.trim()));
      caseFile.setStatus(CaseStatus.NOT_FILED);
      caseFile.setOutcome("NOT_FILED");
      caseFile.setClosedAt(now);
    }
    cases.update(caseFile);
    return caseFile;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).withNano(0);
  }
}
