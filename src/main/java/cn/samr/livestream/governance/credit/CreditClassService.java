package cn.samr.livestream.governance.credit;

import cn.samr.livestream.governance.credit.CreditClassChange.Trigger;
import cn.samr.livestream.subject.CreditClass;
import cn.samr.livestream.subject.CreditList;
import cn.samr.livestream.subject.InfluenceThresholds;
import cn.samr.livestream.subject.SubjectRegisterService;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit risk class (信用风险分类) of a party: the facts of all its register records, the rule table, and the class
 * kept on the register (SubjectRegistry.setCreditClass). A change of class is logged with the rule's inputs; the same
 * class with another reason only updates the reason. Windows: penalties, fines and criminal transfers 3 years,
 * clues, complaints and orders 1 year, counted back from today.
 */
@Service
public class CreditClassService {

  static final int CHANGES_SHOWN = 10;
  private static final Logger LOG = LoggerFactory.getLogger(CreditClassService.class);

  private final CreditClassMapper mapper;
  private final SubjectRegistry registry;
  private final SubjectRegisterService register;
  private final CreditRiskClassRule rule;
  private final List<CreditFactSource> sources;
  private final ObjectMapper json;
  private final Clock clock;

  CreditClassService(CreditClassMapper mapper, SubjectRegistry registry, SubjectRegisterService register,
      CreditRiskClassRule rule, List<CreditFactSource> sources, ObjectMapper json, Clock clock) {
    this.mapper = mapper;
    this.registry = registry;
    this.register = register;
    this.rule = rule;
    this.sources = sources;
    this.json = json;
    this.clock = clock;
  }

  /** The class now and its latest changes. */
  public record ClassView(long subjectId, String creditClass, String creditClassLabel, LocalDateTime since,
      String reason, List<CreditClassChange> changes) {
  }

  /**
   * Recomputes the party's class (the record the id lives on under, with every record merged into it) in the
   * caller's transaction; false when the id is unknown. Not transactional itself: a failure here must not mark the
   * caller's transaction (a complaint's registration) for rollback.
   */
  public boolean recompute(long subjectId, Trigger trigger) {
    Optional<SupervisedSubject> found = registry.byId(subjectId);
    found.ifPresent(subject -> recompute(subject, trigger, register.thresholds(), rule.latest()));
    return found.isPresent();
  }

  /**
   * Recomputes these parties in the caller's transaction, in id order, reading the register's thresholds and the rule
   * table once; a party that fails is logged and skipped (the daily run computes it again). Not transactional itself.
   */
  public void recomputeEach(Collection<Long> subjectIds, Trigger trigger) {
    InfluenceThresholds thresholds = register.thresholds();
    CreditRiskClassRule.Version version = rule.latest();
    for (long subjectId : new TreeSet<>(subjectIds)) {
      try {
        registry.byId(subjectId).ifPresent(subject -> recompute(subject, trigger, thresholds, version));
      } catch (RuntimeException e) {
        LOG.warn("credit class of subject {} not recomputed, the daily run will: {}", subjectId, e.toString());
      }
    }
  }

  /** The coordination group or an administrator asks for the class now (手动重新计算). */
  @Transactional
  public Optional<ClassView> recomputeNow(long subjectId) {
    return recompute(subjectId, Trigger.MANUAL) ? view(subjectId) : Optional.empty();
  }

  /** Recomputes a batch of parties in a transaction of its own (the daily run), reading the thresholds once. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recomputeAll(List<Long> subjectIds, Trigger trigger) {
    InfluenceThresholds thresholds = register.thresholds();
    CreditRiskClassRule.Version version = rule.latest();
    subjectIds.forEach(id -> registry.byId(id).ifPresent(subject -> recompute(subject, trigger, thresholds, version)));
  }

  /** Register ids after {@code afterId} for the next batch of the daily run. */
  public List<Long> nextBatch(long afterId, int size) {
    return mapper.findSubjectIdsAfter(afterId, size);
  }

  public Optional<ClassView> view(long subjectId) {
    return registry.byId(subjectId).map(s -> new ClassView(s.getId(),
        s.getCreditClass() == null ? null : s.getCreditClass().name(), s.getCreditClassLabel(), s.getCreditClassAt(),
        s.getCreditClassReason(), mapper.findChanges(registry.idsOf(s.getId()), CHANGES_SHOWN)));
  }

  /** The facts the rule reads for the party. */
  CreditFacts facts(SupervisedSubject subject, List<Long> ids, InfluenceThresholds thresholds) {
    LocalDate today = LocalDate.now(clock);
    RegisterFacts counts = mapper.registerFacts(ids, today.minusYears(3).atStartOfDay(),
        today.minusYears(1).atStartOfDay(), today.minusYears(3), today.minusYears(1));
    List<String> lists = subject.getListingFlags() == null ? List.of()
        : List.of(subject.getListingFlags().split(","));
    CreditFacts facts = CreditFacts.of(counts, subject.getKeyArea() == null ? "" : subject.getKeyArea().name(),
        influential(subject, thresholds))
        .withListings(lists.contains(CreditList.SERIOUS_ILLEGAL.name()), lists.contains(CreditList.ABNORMAL.name()));
    for (CreditFactSource source : sources) {
      facts = source.addTo(facts, ids, today);
    }
    return facts;
  }

  private void recompute(SupervisedSubject subject, Trigger trigger, InfluenceThresholds thresholds,
      CreditRiskClassRule.Version version) {
    CreditFacts facts = facts(subject, registry.idsOf(subject.getId()), thresholds);
    version.evaluate(facts).ifPresent(outcome -> record(subject, outcome, facts, trigger));
  }

  private void record(SupervisedSubject subject, CreditRiskClassRule.Outcome outcome, CreditFacts facts,
      Trigger trigger) {
    CreditClass before = subject.getCreditClass();
    boolean changed = before != outcome.creditClass();
    if (!changed && Objects.equals(subject.getCreditClassReason(), outcome.reason())) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    registry.setCreditClass(subject.getId(), outcome.creditClass(), changed ? now : subject.getCreditClassAt(),
        outcome.reason());
    if (changed) {
      CreditClassChange change = new CreditClassChange();
      change.setSubjectId(subject.getId());
      change.setOldClass(before == null ? null : before.name());
      change.setNewClass(outcome.creditClass().name());
      change.setReason(outcome.reason());
      change.setInputsJson(inputsJson(facts));
      change.setDecisionVersion(outcome.decisionVersion());
      change.setChangeTrigger(trigger);
      change.setChangedAt(now);
      mapper.insertChange(change);
    }
  }

  private String inputsJson(CreditFacts facts) {
    try {
      return json.writeValueAsString(facts.variables());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 头部主播: a streamer at or above either threshold of the register's settings. */
  public static boolean influential(SupervisedSubject subject, InfluenceThresholds thresholds) {
    if (!subject.getRoles().contains(SubjectType.STREAMER)) {
      return false;
    }
    return subject.getFollowers() != null && thresholds.followers() != null
        && subject.getFollowers() >= thresholds.followers()
        || subject.getAnnualTurnover() != null && thresholds.annualTurnover() != null
        && subject.getAnnualTurnover().compareTo(thresholds.annualTurnover()) >= 0;
  }
}
