package cn.samr.livestream.enforcement;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.SubjectFactsChanged;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes enforcement actions (执法文书与措施) and numbers their documents per unit, kind and year. Every
 * feature that acts on a clue or case records here, so a subject's and a clue's history is one query.
 */
@Service
@Transactional
public class EnforcementRecords {

  /** Actions that change a subject's record for the credit risk class (信用风险分类): a penalty, a transfer to the police. */
  static final Set<ActionType> FACT_TYPES = EnumSet.of(ActionType.PENALTY_DECISION, ActionType.CRIMINAL_TRANSFER);
  static final String NOT_CORRECTED = "NOT_CORRECTED";

  private final EnforcementActionMapper actions;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public EnforcementRecords(EnforcementActionMapper actions, DocumentNumbers numbers, OrganizationService organization,
      Clock clock, ApplicationEventPublisher events) {
    this.actions = actions;
    this.events = events;
    this.numbers = numbers;
    this.organization = organization;
    this.clock = clock;
  }

  /** What to record; clue, case and subject are optional links. */
  public record NewAction(ActionType type, String unit, Long clueId, Long caseId, Long subjectId,
      LocalDateTime deadline, String outcome, String officers, String detail) {
  }

  public EnforcementAction record(NewAction what) {
    LocalDateTime now = LocalDateTime.now(clock);
    EnforcementAction action = new EnforcementAction();
    action.setActionType(what.type());
    action.setUnit(what.unit());
    action.setClueId(what.clueId());
    action.setCaseId(what.caseId());
    action.setSubjectId(what.subjectId());
    action.setIssuedOn(now.toLocalDate());
    action.setDeadline(what.deadline());
    action.setOutcome(what.outcome());
    action.setOfficers(what.officers());
    action.setDetail(what.detail());
    action.setCreatedAt(now);
    if (what.type().documentKind() != null) {
      action.setDocumentNo(numbers.nextYearly(issuerOf(what.unit()), what.type().documentKind(), now.getYear()));
    }
    actions.insert(action);
    if (FACT_TYPES.contains(what.type()) && what.subjectId() != null) {
      events.publishEvent(new SubjectFactsChanged(Set.of(what.subjectId())));
    }
    return action;
  }

  public void settle(long actionId, String outcome) {
    actions.updateOutcome(actionId, outcome);
    if (NOT_CORRECTED.equals(outcome)) {
      events.publishEvent(new SubjectFactsChanged(Set.copyOf(actions.findSubjectIdsOf(actionId))));
    }
  }

  /**
   * The engine deadline the action's deadline mirrors was computed again (a holiday calendar entered or corrected):
   * the action states the limit as it now stands.
   */
  public void moveDeadline(long actionId, LocalDateTime deadline) {
    actions.updateDeadline(actionId, deadline);
  }

  /** One action by its id (a department transfer's letter). */
  public Optional<EnforcementAction> byId(long actionId) {
    return actions.findById(actionId);
  }

  public List<EnforcementAction> ofClue(long clueId) {
    return actions.findByClue(clueId);
  }

  public List<EnforcementAction> ofCase(long caseId) {
    return actions.findByCase(caseId);
  }

  public List<EnforcementAction> ofSubject(long subjectId) {
    return actions.findBySubject(subjectId);
  }

  /** 发文机关代字: 沪 + the unit's short name + 市监, e.g. 宝山区市场监督管理局 → 沪宝山市监. */
  static String issuer(String unitName) {
    String shortName = unitName
        .replace("市场监督管理局", "").replace("市场监管局", "")
        .replaceAll("(新片区|新区|区|分局)$", "")
        .replace("市局", "");
    return "沪" + shortName + "市监";
  }

  private String issuerOf(String unitCode) {
    return issuer(organization.unit(unitCode).map(OrgUnit::getName).orElse(unitCode));
  }
}
