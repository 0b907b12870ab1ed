package cn.samr.livestream.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many transactions drawing the first numbers of a new day at once (the counter's row does not exist yet):
 * each gets its own number, in order, and none fails on a deadlock or a duplicate key.
 */
@IntegrationTest
class DocumentNumbersConcurrencyTest {

  static final int CALLERS = 20;

  @Autowired DocumentNumbers numbers;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theFirstNumbersOfADayDrawnAtOnceAreOneToTwenty() throws Exception {
    // a key no earlier run has used, so that its row is created by the race itself
    String prefix = "CC" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    LocalDate day = LocalDate.of(2031, 7, 1);
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      CountDownLatch ready = new CountDownLatch(CALLERS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> drawn = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        drawn.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          return transactions.execute(status -> numbers.nextDaily(prefix, day));
        }));
      }
      assertThat(ready.await(1, TimeUnit.MINUTES)).isTrue();
      start.countDown();
      List<String> got = new ArrayList<>();
      List<Throwable> failed = new ArrayList<>();
      for (Future<String> number : drawn) {
        try {
          got.add(number.get(2, TimeUnit.MINUTES));
        } catch (java.util.concurrent.ExecutionException e) {
          failed.add(e.getCause());
        }
      }

      assertThat(failed).as(failed.stream().map(Throwable::toString).distinct().toList().toString()).isEmpty();
      assertThat(got).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CALLERS)
          .mapToObj(n -> prefix + "-20310701-" + String.format("%05d", n)).toList());
    } finally {
      pool.shutdownNow();
      jdbc.update("DELETE FROM number_sequence WHERE seq_key = ?", prefix + "-20310701");
    }
  }
}
