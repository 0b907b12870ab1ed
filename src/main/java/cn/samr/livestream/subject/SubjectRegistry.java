package cn.samr.livestream.subject;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the registry entry of a subject named in a complaint, or registers it. Organisations are
 * identified by their unified social credit code, rooms and streamers by platform and account id,
 * anything else by its exact name.
 */
@Service
public class SubjectRegistry {

  private final SupervisedSubjectMapper mapper;
  private final Clock clock;

  public SubjectRegistry(SupervisedSubjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  @Transactional
  public SupervisedSubject resolve(SubjectType type, String name, String creditCode, String platformName,
      String accountId, String districtCode) {
    Optional<SupervisedSubject> existing = find(type, name, creditCode, platformName, accountId);
    if (existing.isPresent()) {
      SupervisedSubject subject = existing.get();
      if (subject.getDistrictCode() == null && districtCode != null) {
        mapper.updateDistrictIfMissing(subject.getId(), districtCode);
        subject.setDistrictCode(districtCode);
      }
      return subject;
    }
    SupervisedSubject subject = new SupervisedSubject();
    subject.setSubjectType(type);
    subject.setName(name != null ? name : accountId);
    subject.setCreditCode(creditCode);
    subject.setPlatformName(platformName);
    subject.setAccountId(accountId);
    subject.setDistrictCode(districtCode);
    subject.setCreatedAt(LocalDateTime.now(clock));
    mapper.insert(subject);
    return subject;
  }

  private Optional<SupervisedSubject> find(SubjectType type, String name, String creditCode, String platformName,
      String accountId) {
    if (creditCode != null) {
      return mapper.findByCreditCode(type, creditCode);
    }
    if (accountId != null && platformName != null) {
      return mapper.findByAccount(type, platformName, accountId);
    }
    return name == null ? Optional.empty() : mapper.findFirstByName(type, name);
  }

  public Optional<SupervisedSubject> byId(long id) {
    return mapper.findById(id);
  }

  /** Complaints naming the subject received in [from, until]. */
  public long complaintsReceivedBetween(long subjectId, LocalDateTime from, LocalDateTime until) {
    return mapper.countComplaintsReceivedBetween(subjectId, from, until);
  }
}
