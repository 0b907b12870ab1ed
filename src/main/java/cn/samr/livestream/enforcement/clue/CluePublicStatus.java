package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.ResponseTier;
import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.casefile.CaseFilingService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What may be told outside the bureau about a clue, e.g. to the platform that submitted it (平台协同共治): where it
 * stands, and once closed the kind of outcome with its date and the numbers of published penalty decisions
 * (行政处罚信息公示). Never the facts as recorded, findings, notes, officers, the handling unit's decisions on the way,
 * or other parties' data: this is built from the few fields listed here, not from the clue's view.
 */
@Service
@Transactional(readOnly = true)
public class CluePublicStatus {

  /** Where a clue stands, as told outside. */
  public enum Stage {
    UNDER_VERIFICATION("核查中"),
    IN_RESPONSE("处置中"),
    CLOSED("已办结");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The public part; outcome, closedAt and documents only once closed. */
  public record PublicStatus(String clueNo, Stage stage, LocalDateTime receivedAt, String outcome,
      LocalDateTime closedAt, List<PublishedDocument> documents) {
  }

  /** A published decision: its kind, 文号 and date. */
  public record PublishedDocument(String kind, String documentNo, LocalDate issuedOn) {
  }

  /** Documents published as a matter of law (行政处罚信息公示); the rest are addressed to the party alone. */
  static final List<ActionType> PUBLISHED = List.of(ActionType.PENALTY_DECISION);

  private final ClueMapper clues;
  private final EnforcementRecords records;
  private final CaseFilingService caseFiles;

  public CluePublicStatus(ClueMapper clues, EnforcementRecords records, CaseFilingService caseFiles) {
    this.clues = clues;
    this.records = records;
    this.caseFiles = caseFiles;
  }

  public Optional<PublicStatus> of(long clueId) {
    return clues.findById(clueId).map(this::status);
  }

  private PublicStatus status(Clue clue) {
    Stage stage = switch (clue.getStatus()) {
      case VERIFYING, AWAITING_EXTENSION -> Stage.UNDER_VERIFICATION;
      case DECIDING, IN_RESPONSE -> Stage.IN_RESPONSE;
      case CLOSED -> Stage.CLOSED;
    };
    if (stage != Stage.CLOSED) {
      return new PublicStatus(clue.getClueNo(), stage, clue.getReceivedAt(), null, null, List.of());
    }
    List<EnforcementAction> actions = new ArrayList<>(records.ofClue(clue.getId()));
    for (CaseFile caseFile : caseFiles.ofClue(clue.getId())) {
      actions.addAll(records.ofCase(caseFile.getId()));
    }
    List<PublishedDocument> documents = actions.stream()
        .filter(a -> PUBLISHED.contains(a.getActionType()) && a.getDocumentNo() != null)
        .map(a -> new PublishedDocument(a.getActionType().label(), a.getDocumentNo(), a.getIssuedOn()))
        .distinct().toList();
    return new PublicStatus(clue.getClueNo(), stage, clue.getReceivedAt(), outcomeLabel(clue.getOutcome()),
        clue.getClosedAt(), documents);
  }

  /**
   * A clue's order to correct not yet followed up, as addressed to its party (责令改正通知书: 文号, content and
   * deadline), with the handling unit and the register ids of the clue's subjects: what an order sent to a connected
   * platform is built from.
   */
  public record PartyOrder(String clueNo, String handlingUnit, String documentNo, String content,
      LocalDateTime deadline, List<Long> subjectIds) {
  }

  public Optional<PartyOrder> openOrderToCorrect(long clueId) {
    return clues.findById(clueId).flatMap(clue -> records.ofClue(clueId).stream()
        .filter(a -> a.getActionType() == ActionType.ORDER_TO_CORRECT && a.getOutcome() == null)
        .reduce((earlier, later) -> later)
        .map(order -> new PartyOrder(clue.getClueNo(), clue.getHandlingUnit(), order.getDocumentNo(),
            order.getDetail(), order.getDeadline(), clues.findSubjectIds(clueId))));
  }

  /** The closing outcome (ClueService.close) in words: the final tier, 立案查处 or 移送公安机关. */
  static String outcomeLabel(String outcome) {
    if (outcome == null) {
      return null;
    }
    if ("TRANSFERRED_TO_POLICE".equals(outcome)) {
      return ResponseTier.CRIMINAL_TRANSFER.label();
    }
    if (outcome.startsWith("CASE_")) {
      return ResponseTier.CASE.label();
    }
    try {
      return ResponseTier.valueOf(outcome).label();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
