package cn.samr.livestream.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Read once and written once per transaction, before the commit; nothing written on rollback. */
class TransactionRecordsTest {

  /** A row: id and a value; "the database" is the map below. */
  static final class Row {
    final long id;
    String value;

    Row(long id, String value) {
      this.id = id;
      this.value = value;
    }
  }

  final Map<Long, String> table = new HashMap<>(Map.of(1L, "a", 2L, "b"));
  final List<Long> reads = new ArrayList<>();
  final List<String> writes = new ArrayList<>();
  final TransactionRecords<Long, Row> records = new TransactionRecords<>(row -> row.id, row -> {
    writes.add(row.id + "=" + row.value);
    table.put(row.id, row.value);
  });
  final DataSourceTransactionManager manager =
      new DataSourceTransactionManager(new DriverManagerDataSource("jdbc:h2:mem:transaction-records"));
  final TransactionTemplate transaction = new TransactionTemplate(manager);

  Optional<Row> read(long id) {
    reads.add(id);
    return Optional.ofNullable(table.get(id)).map(value -> new Row(id, value));
  }

  @Test
  void withinATransactionARecordIsReadOnceAndItsChangesWrittenOnceAtTheCommit() {
    transaction.executeWithoutResult(status -> {
      Row first = records.get(1L, this::read).orElseThrow();
      first.value = "a1";
      records.changed(first);
      Row again = records.get(1L, this::read).orElseThrow();
      assertThat(again).isSameAs(first);
      again.value = "a2";
      records.changed(again);
      assertThat(writes).isEmpty();
    });

    assertThat(reads).containsExactly(1L);
    assertThat(writes).containsExactly("1=a2");
    assertThat(table).containsEntry(1L, "a2");
  }

  @Test
  void aRolledBackTransactionWritesNothingAndTheNextReadsAfresh() {
    transaction.executeWithoutResult(status -> {
      Row row = records.get(1L, this::read).orElseThrow();
      row.value = "lost";
      records.changed(row);
      status.setRollbackOnly();
    });
    assertThat(writes).isEmpty();

    transaction.executeWithoutResult(status -> assertThat(records.get(1L, this::read).orElseThrow().value)
        .isEqualTo("a"));
    assertThat(reads).containsExactly(1L, 1L);
  }

  @Test
  void rowsReadByAnotherQueryGiveWayToTheTransactionsOwnVersion() {
    transaction.executeWithoutResult(status -> {
      Row row = records.get(1L, this::read).orElseThrow();
      row.value = "changed";
      records.changed(row);

      List<Row> listed = records.known(List.of(new Row(1L, "a"), new Row(2L, "b")));

      assertThat(listed.get(0)).isSameAs(row);
      assertThat(records.get(2L, this::read).orElseThrow()).isSameAs(listed.get(1));
    });
    assertThat(reads).containsExactly(1L);
  }

  @Test
  void aFresherRowReplacesTheTransactionsVersionAfterItsPendingChangeIsWritten() {
    transaction.executeWithoutResult(status -> {
      Row row = records.get(1L, this::read).orElseThrow();
      row.value = "pending";
      records.changed(row);

      records.replace(new Row(1L, "locked"));

      assertThat(writes).containsExactly("1=pending");
      assertThat(records.get(1L, this::read).orElseThrow().value).isEqualTo("locked");
    });
    assertThat(writes).containsExactly("1=pending");
  }

  @Test
  void flushWritesPendingChangesAtOnce() {
    transaction.executeWithoutResult(status -> {
      Row row = records.get(1L, this::read).orElseThrow();
      row.value = "now";
      records.changed(row);
      records.flush();
      assertThat(writes).containsExactly("1=now");
    });
    assertThat(writes).containsExactly("1=now");
  }

  @Test
  void aTransactionOfItsOwnKeepsRecordsOfItsOwn() {
    TransactionTemplate inner = new TransactionTemplate(manager);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    transaction.executeWithoutResult(status -> {
      Row outer = records.get(1L, this::read).orElseThrow();
      outer.value = "outer";
      records.changed(outer);
      inner.executeWithoutResult(s -> {
        Row own = records.get(1L, this::read).orElseThrow();
        assertThat(own).isNotSameAs(outer);
        own.value = "inner";
        records.changed(own);
      });
      assertThat(writes).containsExactly("1=inner");
      assertThat(records.get(1L, this::read).orElseThrow()).isSameAs(outer);
    });
    assertThat(writes).containsExactly("1=inner", "1=outer");
  }

  @Test
  void outsideATransactionEveryCallReadsAndWritesAtOnce() {
    Row row = records.get(1L, this::read).orElseThrow();
    row.value = "direct";
    records.changed(row);
    records.get(1L, this::read);

    assertThat(reads).containsExactly(1L, 1L);
    assertThat(writes).containsExactly("1=direct");
  }

  @Test
  void aSecondInstanceOfOneRecordIsRefused() {
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      records.get(1L, this::read);
      records.changed(new Row(1L, "other"));
    })).isInstanceOf(IllegalStateException.class);
    assertThat(writes).isEmpty();
  }
}
