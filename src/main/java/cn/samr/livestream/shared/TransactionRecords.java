package cn.samr.livestream.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records of one kind as the current transaction knows them: each read from the database at most once, changed in
 * memory, and written once, just before the commit (issue 15: an engine command ran several steps of one record, each
 * reading the row and writing it back). Within the transaction every reader gets the same instance, so a step sees
 * what an earlier step changed; a rolled-back transaction writes nothing. Outside a transaction each call reads and
 * writes at once.
 *
 * <p>A query that must see pending changes in the database (SQL over these rows rather than through this class) is
 * preceded by {@link #flush()}. Rows read by another query (a list, a locked read) go through {@link #known}, which
 * keeps the transaction's own version of a record it already holds.
 *
 * @param <K> the record's id
 * @param <T> the record
 */
public final class TransactionRecords<K, T> {

  private static final Logger log = LoggerFactory.getLogger(TransactionRecords.class);

  private final Function<T, K> idOf;
  private final Consumer<T> writer;

  /**
   * @param idOf the record's id
   * @param writer writes a changed record (an UPDATE of the columns that can change); null for records never changed
   */
  public TransactionRecords(Function<T, K> idOf, Consumer<T> writer) {
    this.idOf = idOf;
    this.writer = writer;
  }

  /** The record as this transaction knows it; read with {@code reader} the first time. */
  public Optional<T> get(K id, Function<K, Optional<T>> reader) {
    State<K, T> state = state();
    if (state == null) {
      return reader.apply(id);
    }
    T known = state.records.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<T> read = reader.apply(id);
    read.ifPresent(record -> state.records.put(id, record));
    return read;
  }

  /** Records another query read: for each, the transaction's own version if it holds one, else the row read. */
  public List<T> known(List<T> read) {
    State<K, T> state = state();
    if (state == null) {
      return read;
    }
    List<T> known = new ArrayList<>(read.size());
    for (T record : read) {
      known.add(state.records.computeIfAbsent(idOf.apply(record), id -> record));
    }
    return known;
  }

  /**
   * A record read fresher than what the transaction holds (under a row lock) or stored whole by the caller: it
   * replaces the transaction's version, whose pending change is written first.
   */
  public void replace(T record) {
    State<K, T> state = state();
    if (state != null) {
      K id = idOf.apply(record);
      if (state.dirty.remove(id)) {
        writer.accept(state.records.get(id));
      }
      state.records.put(id, record);
    }
  }

  /** The record was changed: written before the commit (at once outside a transaction). */
  public void changed(T record) {
    State<K, T> state = state();
    if (state == null) {
      writer.accept(record);
      return;
    }
    K id = idOf.apply(record);
    T known = state.records.putIfAbsent(id, record);
    if (known != null && known != record) {
      throw new IllegalStateException("a second instance of record " + id + " in one transaction");
    }
    state.dirty.add(id);
  }

  /** Writes the pending changes now, e.g. before SQL that reads the rows. */
  public void flush() {
    State<K, T> state = TransactionSynchronizationManager.isSynchronizationActive() ? existingState() : null;
    if (state != null) {
      state.flush(writer);
    }
  }

  @SuppressWarnings("unchecked")
  private State<K, T> existingState() {
    return (State<K, T>) TransactionSynchronizationManager.getResource(this);
  }

  private State<K, T> state() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    State<K, T> state = existingState();
    if (state == null) {
      State<K, T> created = new State<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public int getOrder() {
          // before MyBatis's session synchronization (999) lets go of the session
          return 0;
        }

        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResourceIfPossible(TransactionRecords.this);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(TransactionRecords.this, created);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
          created.flush(writer);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(TransactionRecords.this);
          if (status == STATUS_COMMITTED && !created.dirty.isEmpty()) {
            // changed after the commit (work joined a transaction from its after-commit callback): never written
            log.error("{} changed record(s) {} were not written: the transaction had committed before they changed;"
                + " after-commit work must run in a transaction of its own", created.dirty.size(), created.dirty);
          }
        }
      });
      state = created;
    }
    return state;
  }

  private static final class State<K, T> {
    final Map<K, T> records = new LinkedHashMap<>();
    final Set<K> dirty = new LinkedHashSet<>();

    void flush(Consumer<T> writer) {
      for (K id : List.copyOf(dirty)) {
        dirty.remove(id);
        writer.accept(records.get(id));
      }
    }
  }
}
