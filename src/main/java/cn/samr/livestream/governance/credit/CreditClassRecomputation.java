package cn.samr.livestream.governance.credit;

import cn.samr.livestream.governance.credit.CreditClassChange.Trigger;
import cn.samr.livestream.shared.SubjectFactsChanged;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recomputes the credit risk class of the subjects whose facts changed, once per subject and transaction, just before
 * that transaction commits: the class commits with the facts, and a step that changes several facts (a complaint
 * naming three parties) pays for each party once. A failure is logged and leaves the class as it was, never the
 * step undone; the daily run computes it again.
 */
@Component
class CreditClassRecomputation {

  private static final Logger LOG = LoggerFactory.getLogger(CreditClassRecomputation.class);

  private final CreditClassService classes;

  CreditClassRecomputation(CreditClassService classes) {
    this.classes = classes;
  }

  @EventListener
  void factsChanged(SubjectFactsChanged event) {
    if (event.subjectIds().isEmpty()) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      recompute(event.subjectIds());
      return;
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.subjectIds.addAll(event.subjectIds());
  }

  private void recompute(Set<Long> subjectIds) {
    try {
      classes.recomputeEach(subjectIds, Trigger.EVENT);
    } catch (RuntimeException e) {
      LOG.warn("credit classes of subjects {} not recomputed, the daily run will: {}", subjectIds, e.toString());
    }
  }

  /** The subjects of one transaction, in id order (the same order in every transaction: no lock cycles). */
  private final class Pending implements TransactionSynchronization {
    private final Set<Long> subjectIds = new TreeSet<>();

    @Override
    public void beforeCommit(boolean readOnly) {
      recompute(subjectIds);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(CreditClassRecomputation.this);
    }
  }
}
