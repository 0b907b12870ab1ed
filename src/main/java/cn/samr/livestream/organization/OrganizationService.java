package cn.samr.livestream.organization;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organisation as loaded from the organisation file (table org_unit). A unit's officers'
 * Camunda group id is its code; its heads' (负责人) group id is {@link OrgUnit#getHeadGroup()}.
 *
 * <p>Every look-up answers from a copy of the whole table (a few dozen rows) held in memory: units were read from the
 * database at every routing, grant and form check (issue 15: nine reads per complaint). The copy is dropped by
 * {@link #unitsChanged()}, which every write of org_unit calls ({@link OrganizationLoader}; tests that write the
 * table), and, for writes by another node sharing the database, after {@code livestream.organization.cache-ttl}
 * (default 30 s; 0 = no copy). Callers get copies of the units, never the cached objects.
 */
@Service
public class OrganizationService {

  private final OrgUnitMapper mapper;
  private final long ttlNanos;
  private final LongSupplier ticker;
  /** Bumped by every change; a snapshot read before a change is not kept. */
  private final AtomicLong generation = new AtomicLong();
  /** Transactions writing org_unit not yet ended: no snapshot is kept meanwhile (it could hold uncommitted rows). */
  private final AtomicInteger writers = new AtomicInteger();
  private volatile Snapshot snapshot;

  @Autowired
  public OrganizationService(OrgUnitMapper mapper,
      @Value("${livestream.organization.cache-ttl:30s}") Duration ttl) {
    this(mapper, ttl, System::nanoTime);
  }

  /** With a ticker of our own (nanoseconds), for tests of the time to live. */
  OrganizationService(OrgUnitMapper mapper, Duration ttl, LongSupplier ticker) {
    this.mapper = mapper;
    this.ttlNanos = ttl.toNanos();
    this.ticker = ticker;
  }

  /** The unit with this code (= officers' group id), active or not. */
  public Optional<OrgUnit> unit(String code) {
    return code == null ? Optional.empty() : copy(units().byCode.get(code));
  }

  /** The unit, active or not, whose officers' group or heads' group this is. */
  public Optional<OrgUnit> unitOfGroup(String groupId) {
    return groupId == null ? Optional.empty() : copy(units().byGroup.get(groupId));
  }

  /** The active district bureau for an administrative division code (310113, LINGANG, AIRPORT). */
  public Optional<OrgUnit> districtByCode(String districtCode) {
    if (districtCode == null) {
      return Optional.empty();
    }
    return copy(units().byDistrictCode.get(districtCode)).filter(unit -> unit.isActive() && unit.isDistrict());
  }

  /** Active district bureaus in display order. */
  public List<OrgUnit> activeDistricts() {
    return units().all.stream().filter(unit -> unit.isActive() && unit.isDistrict()).map(OrgUnit::copy).toList();
  }

  /** Active units of every kind in display order. */
  public List<OrgUnit> activeUnits() {
    return units().all.stream().filter(OrgUnit::isActive).map(OrgUnit::copy).toList();
  }

  /**
   * The group of the unit's heads (负责人), who approve; the unit's own (officers') group when the
   * unit has no heads' group.
   *
   * @throws IllegalArgumentException if there is no unit with this code
   */
  public String headGroupOf(String unitCode) {
    OrgUnit unit = unitCode == null ? null : units().byCode.get(unitCode);
    if (unit == null) {
      throw new IllegalArgumentException("Unknown organisation unit: " + unitCode);
    }
    return unit.getHeadGroup() != null ? unit.getHeadGroup() : unit.getCode();
  }

  /** True if an active unit has this code. */
  public boolean isKnownUnit(String code) {
    return code != null && Optional.ofNullable(units().byCode.get(code)).map(OrgUnit::isActive).orElse(false);
  }

  /**
   * org_unit is being or was written: the next look-up reads the table again. Called by every writer, before or
   * after its writes; inside a transaction, no copy is kept until it has ended (committed or rolled back), so that
   * neither the rows it wrote before the end nor those it rolled back are served.
   */
  public void unitsChanged() {
    generation.incrementAndGet();
    snapshot = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      writers.incrementAndGet();
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          generation.incrementAndGet();
          snapshot = null;
          writers.decrementAndGet();
        }
      });
    }
  }

  private Snapshot units() {
    Snapshot current = snapshot;
    long now = ticker.getAsLong();
    if (current != null && now - current.readAt < ttlNanos) {
      return current;
    }
    long seen = generation.get();
    Snapshot read = new Snapshot(mapper.findAll(), now);
    // a change since the read began (here or in a transaction not ended) may not be in it: serve it, do not keep it
    if (ttlNanos > 0 && writers.get() == 0 && generation.get() == seen) {
      snapshot = read;
    }
    return read;
  }

  private static Optional<OrgUnit> copy(OrgUnit unit) {
    return Optional.ofNullable(unit).map(OrgUnit::copy);
  }

  /** The whole table as read at {@code readAt}, with the indexes of its look-ups (first in display order wins). */
  private static final class Snapshot {
    final List<OrgUnit> all;
    final Map<String, OrgUnit> byCode = new HashMap<>();
    final Map<String, OrgUnit> byGroup = new HashMap<>();
    final Map<String, OrgUnit> byDistrictCode = new HashMap<>();
    final long readAt;

    Snapshot(List<OrgUnit> all, long readAt) {
      this.all = List.copyOf(all);
      this.readAt = readAt;
      for (OrgUnit unit : this.all) {
        byCode.putIfAbsent(unit.getCode(), unit);
        byGroup.putIfAbsent(unit.getCode(), unit);
        if (unit.getHeadGroup() != null) {
          byGroup.putIfAbsent(unit.getHeadGroup(), unit);
        }
        if (unit.getDistrictCode() != null) {
          byDistrictCode.putIfAbsent(unit.getDistrictCode(), unit);
        }
      }
    }
  }
}
