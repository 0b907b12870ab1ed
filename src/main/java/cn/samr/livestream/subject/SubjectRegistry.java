package cn.samr.livestream.subject;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches a subject named at intake (complaint, clue, spot check, platform report) into the register, or
 * registers it. Organisations are identified by their unified social credit code, streamers and live rooms by
 * platform and account id, whatever role they are named in; anything else by its exact name in that role. A
 * party found again in another role gains that role: one record per party, never a duplicate.
 */
@Service
public class SubjectRegistry {

  /** Merges can chain (A into B, later B into C); a chain longer than this is a data error. */
  private static final int MAX_MERGE_CHAIN = 16;
  /** A concurrent intake of the same new party loses the insert at most once per identity key. */
  private static final int ATTEMPTS = 3;

  private final SupervisedSubjectMapper mapper;
  private final Clock clock;

  public SubjectRegistry(SupervisedSubjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * The register's record of the party, found by its identity or created. Two intakes of the same new party at
   * once: the unique keys (credit code; platform and account) let one insert win, and the other, which waited
   * for it, reads the winner's committed record (READ COMMITTED) instead of failing.
   */
  @Transactional
  public SupervisedSubject resolve(SubjectType type, String name, String creditCode, String platformName,
      String accountId, String districtCode) {
    for (int attempt = 1; ; attempt++) {
      Optional<SupervisedSubject> existing = find(type, name, creditCode, platformName, accountId);
      if (existing.isPresent()) {
        return matched(existing.get(), type, name, creditCode, platformName, accountId, districtCode);
      }
      try {
        return create(type, name, creditCode, platformName, accountId, districtCode);
      } catch (DuplicateKeyException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private Optional<SupervisedSubject> find(SubjectType type, String name, String creditCode, String platformName,
      String accountId) {
    if (creditCode != null) {
      Optional<SupervisedSubject> byCode = mapper.findByCreditCode(creditCode);
      if (byCode.isPresent()) {
        return byCode;
      }
    }
    if (accountId != null && platformName != null) {
      Optional<SupervisedSubject> byAccount = mapper.findByAccount(platformName, accountId);
      if (byAccount.isPresent()) {
        return byAccount;
      }
    }
    if (creditCode != null || (accountId != null && platformName != null)) {
      return Optional.empty();
    }
    return name == null ? Optional.empty() : mapper.findFirstByName(type, name);
  }

  /** What intake learns about a known party: a new role, a district, a missing identity, another name. */
  private SupervisedSubject matched(SupervisedSubject subject, SubjectType type, String name, String creditCode,
      String platformName, String accountId, String districtCode) {
    LocalDateTime now = LocalDateTime.now(clock);
    List<SubjectType> roles = new ArrayList<>(mapper.findRoles(subject.getId()));
    if (!roles.contains(type)) {
      addRole(subject.getId(), type, now);
      roles.add(type);
    }
    subject.setRoles(sorted(roles));
    if (subject.getDistrictCode() == null && districtCode != null) {
      if (mapper.updateDistrictIfMissing(subject.getId(), districtCode) > 0) {
        subject.setDistrictCode(districtCode);
      } else {
        // another intake gave it a district at the same moment: the caller gets the record as stored
        subject.setDistrictCode(mapper.findById(subject.getId()).map(SupervisedSubject::getDistrictCode).orElse(null));
      }
    }
    try {
      if (subject.getCreditCode() == null && creditCode != null
          && mapper.updateCreditCodeIfMissing(subject.getId(), creditCode) > 0) {
        subject.setCreditCode(creditCode);
      }
      if (subject.getAccountId() == null && subject.getPlatformName() == null && accountId != null
          && platformName != null && mapper.updateAccountIfMissing(subject.getId(), platformName, accountId) > 0) {
        subject.setPlatformName(platformName);
        subject.setAccountId(accountId);
      }
    } catch (DuplicateKeyException e) {
      // the code or account is another record's (registered at the same moment): this one stays as it was
    }
    if (name != null && !name.equals(subject.getName()) && !mapper.hasName(subject.getId(), name)) {
      mapper.insertName(subject.getId(), new SubjectNameEntry(name, creditCode, platformName, accountId,
          SubjectNameEntry.INTAKE, now));
    }
    return subject;
  }

  private SupervisedSubject create(SubjectType type, String name, String creditCode, String platformName,
      String accountId, String districtCode) {
    SupervisedSubject subject = new SupervisedSubject();
    subject.setSubjectType(type);
    subject.setName(name != null ? name : accountId);
    subject.setCreditCode(creditCode);
    subject.setPlatformName(platformName);
    subject.setAccountId(accountId);
    subject.setDistrictCode(districtCode);
    subject.setCreatedAt(LocalDateTime.now(clock));
    subject.setRoles(List.of(type));
    insert(subject, SubjectNameEntry.REGISTERED);
    return subject;
  }

  /**
   * Stores a new record with its roles and first name entry. Throws DuplicateKeyException when its credit code
   * or account is already another record's.
   */
  void insert(SupervisedSubject subject, String source) {
    mapper.insert(subject);
    for (SubjectType role : subject.getRoles()) {
      mapper.insertRole(subject.getId(), role, subject.getCreatedAt());
    }
    mapper.insertName(subject.getId(), new SubjectNameEntry(subject.getName(), subject.getCreditCode(),
        subject.getPlatformName(), subject.getAccountId(), source, subject.getCreatedAt()));
  }

  /** Adds a role the party does not play now: a new row, or the row of a role an officer had taken away. */
  void addRole(long id, SubjectType role, LocalDateTime at) {
    if (mapper.restoreRole(id, role) > 0) {
      return;
    }
    try {
      mapper.insertRole(id, role, at);
    } catch (DuplicateKeyException e) {
      // another intake added the same role at the same moment
    }
  }

  /** The subject registered under this unified social credit code (merged records give their survivor). */
  public Optional<SupervisedSubject> byCreditCode(String creditCode) {
    return mapper.findByCreditCode(creditCode).flatMap(s -> byId(s.getId()));
  }

  /** The subject registered under this platform account (merged records give their survivor). */
  public Optional<SupervisedSubject> byAccount(String platformName, String accountId) {
    return mapper.findByAccount(platformName, accountId).flatMap(s -> byId(s.getId()));
  }

  /** The subject by id; an id merged into another record gives that record. */
  public Optional<SupervisedSubject> byId(long id) {
    return survivorOf(id).flatMap(mapper::findById).map(this::withRoles);
  }

  /** The id a record lives on under: itself, or the record it was merged into. */
  public Optional<Long> survivorOf(long id) {
    long current = id;
    for (int i = 0; i < MAX_MERGE_CHAIN; i++) {
      Optional<Long> next = mapper.findSurvivorOf(current);
      if (next.isEmpty()) {
        return Optional.of(current);
      }
      current = next.get();
    }
    throw new IllegalStateException("subject merge chain longer than " + MAX_MERGE_CHAIN + " from " + id);
  }

  /**
   * The record's id and every id merged into it: a record written later with a merged id (a running process's
   * subjectId variable) still belongs to the party's history.
   */
  public List<Long> idsOf(long survivorId) {
    List<Long> ids = new ArrayList<>();
    ids.add(survivorId);
    for (int i = 0; i < ids.size() && i < 1000; i++) {
      mapper.findMerges(ids.get(i)).stream().map(SubjectMergeEntry::mergedId).filter(Objects::nonNull)
          .filter(merged -> !ids.contains(merged)).forEach(ids::add);
    }
    return ids;
  }

  /** Every name and identity the record has been known by (former names, merged records', corrections). */
  public List<SubjectNameEntry> namesOf(long survivorId) {
    return mapper.findNames(survivorId);
  }

  SupervisedSubject withRoles(SupervisedSubject subject) {
    subject.setRoles(sorted(mapper.findRoles(subject.getId())));
    return subject;
  }

  static List<SubjectType> sorted(java.util.Collection<SubjectType> roles) {
    Set<SubjectType> set = roles.isEmpty() ? EnumSet.noneOf(SubjectType.class) : EnumSet.copyOf(roles);
    return List.copyOf(set);
  }

  /**
   * The subject's name, or that of the record it was merged into: one query for a record never merged (its name
   * was read with {@link #byId}, its merges and roles, three).
   */
  public Optional<String> nameOf(long id) {
    Optional<String> unmerged = mapper.findNameIfNotMerged(id);
    return unmerged.isPresent() ? unmerged : byId(id).map(SupervisedSubject::getName);
  }

  /**
   * Records the subject's computed credit risk class (信用风险分类) with the rule's reason, as of {@code at}; the
   * rule and its inputs belong to governance.credit, the class to the register, which the other rules read.
   */
  public void setCreditClass(long subjectId, CreditClass creditClass, LocalDateTime at, String reason) {
    mapper.updateCreditClass(subjectId, creditClass, at, reason);
  }

  /**
   * The highest credit risk class among these subjects (D above C above B above A), a merged record counting with the
   * class of the record it lives on under; empty while none has one. One query.
   */
  public Optional<CreditClass> worstCreditClass(Collection<Long> subjectIds) {
    return subjectIds.isEmpty() ? Optional.empty()
        : mapper.findWorstCreditClass(subjectIds).flatMap(CreditClass::ofCode);
  }

  /**
   * The district's register subjects of credit risk class D, then C (重点监测对象 of the monthly spot checks): within a
   * class live rooms, streamers and room operators first; merged records never; at most {@code limit}. One query.
   */
  public List<SupervisedSubject> focusSubjects(String districtCode, int limit) {
    if (districtCode == null || limit <= 0) {
      return List.of();
    }
    return mapper.findFocusSubjects(districtCode, List.of(CreditClass.D, CreditClass.C), limit);
  }

  /** The most complaints naming any one of these subjects received in [from, until]; one query for them all. */
  public long mostComplaintsReceivedBetween(Collection<Long> subjectIds, LocalDateTime from, LocalDateTime until) {
    return subjectIds.isEmpty() ? 0 : mapper.countMostComplaintsReceivedBetween(subjectIds, from, until);
  }

  /** Complaints naming the subject received in [from, until]. */
  public long complaintsReceivedBetween(long subjectId, LocalDateTime from, LocalDateTime until) {
    return mapper.countComplaintsReceivedBetween(subjectId, from, until);
  }

  /**
   * The credit lists the subject is on now (the credit feature keeps them): on the record the id lives on under,
   * null when none.
   */
  public void setListingFlags(long subjectId, Collection<CreditList> lists) {
    long survivor = survivorOf(subjectId).orElse(subjectId);
    Set<CreditList> set = lists.isEmpty() ? EnumSet.noneOf(CreditList.class) : EnumSet.copyOf(lists);
    mapper.updateListingFlags(survivor, set.isEmpty() ? null
        : set.stream().map(CreditList::name).collect(java.util.stream.Collectors.joining(",")));
  }
}
