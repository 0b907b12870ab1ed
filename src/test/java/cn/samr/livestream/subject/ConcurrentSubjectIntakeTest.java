package cn.samr.livestream.subject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.complaint.ComplaintFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same new party named by several intakes at once (a complaint as merchant, clues as room operator, a
 * platform report), each in its own transaction: one record, every role, no error.
 */
@IntegrationTest
class ConcurrentSubjectIntakeTest {

  static final int CALLERS = 10;

  @Autowired SubjectRegistry registry;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void oneRecordWithEveryRole() throws Exception {
    String code = ComplaintFixtures.uniqueCreditCode("310113");
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> ids = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        SubjectType role = i % 2 == 0 ? SubjectType.MERCHANT : SubjectType.ROOM_OPERATOR;
        ids.add(pool.submit(() -> {
          start.await();
          return transactions.execute(tx -> registry.resolve(role, "并发受理有限公司", code, null, null, "310113").getId());
        }));
      }
      start.countDown();
      List<Long> resolved = new ArrayList<>();
      for (Future<Long> id : ids) {
        resolved.add(id.get(2, TimeUnit.MINUTES));
      }
      assertThat(resolved).containsOnly(resolved.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject WHERE credit_code = ?", Long.class, code))
        .isEqualTo(1L);
    assertThat(jdbc.queryForList("SELECT r.role FROM subject_role r JOIN supervised_subject s ON s.id = r.subject_id"
        + " WHERE s.credit_code = ? ORDER BY r.role", String.class, code)).containsExactly("MERCHANT", "ROOM_OPERATOR");
  }
}
