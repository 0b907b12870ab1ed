package cn.samr.livestream.governance.credit;

import cn.samr.livestream.governance.credit.CreditClassChange.Trigger;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The daily run over the whole register: facts slide out of their windows without any event, and a recomputation
 * that failed when a fact changed is made good. Batches of {@value #BATCH} subjects, each in a transaction of its
 * own, with a progress line per batch.
 */
@Service
public class CreditClassDailyRun {

  static final int BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(CreditClassDailyRun.class);

  private final CreditClassService classes;

  CreditClassDailyRun(CreditClassService classes) {
    this.classes = classes;
  }

  /** Recomputes every register subject; returns how many were computed. */
  public long recomputeAll() {
    long done = 0;
    long after = 0;
    List<Long> batch;
    while (!(batch = classes.nextBatch(after, BATCH)).isEmpty()) {
      classes.recomputeAll(batch, Trigger.DAILY);
      done += batch.size();
      after = batch.get(batch.size() - 1);
      LOG.info("信用风险分类每日计算：已计算 {} 个主体 / credit classes recomputed: {}", done, done);
    }
    return done;
  }
}
