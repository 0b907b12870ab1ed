package cn.samr.livestream.subject;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SupervisedSubjectMapper {

  Optional<SupervisedSubject> findById(@Param("id") long id);

  /** An organisation by its unified social credit code, whatever its roles. */
  Optional<SupervisedSubject> findByCreditCode(@Param("creditCode") String creditCode);

  /** A streamer or live room by platform and account id, whatever its roles. */
  Optional<SupervisedSubject> findByAccount(@Param("platformName") String platformName,
      @Param("accountId") String accountId);

  /** Without a code or account only the exact name of a party in this role identifies it. */
  Optional<SupervisedSubject> findFirstByName(@Param("role") SubjectType role, @Param("name") String name);

  int insert(SupervisedSubject subject);

  /** MAX of the classes (their codes sort from A, low, to D, high) of the records or their survivors. */
  Optional<String> findWorstCreditClass(@Param("ids") Collection<Long> ids);

  /**
   * Subjects of the district in the given credit classes, not merged: the highest class first (D before C), within a
   * class those that play a live-room, streamer or room-operator role first, then by id; at most {@code limit}.
   */
  List<SupervisedSubject> findFocusSubjects(@Param("districtCode") String districtCode,
      @Param("classes") Collection<CreditClass> classes, @Param("limit") int limit);

  int updateCreditClass(@Param("id") long id, @Param("creditClass") CreditClass creditClass,
      @Param("at") LocalDateTime at, @Param("reason") String reason);

  int updateDistrictIfMissing(@Param("id") long id, @Param("districtCode") String districtCode);

  int updateCreditCodeIfMissing(@Param("id") long id, @Param("creditCode") String creditCode);

  int updateAccountIfMissing(@Param("id") long id, @Param("platformName") String platformName,
      @Param("accountId") String accountId);

  /** An officer's correction: every register field but the id, the first type and the creation. */
  int update(SupervisedSubject subject);

  int updateListingFlags(@Param("id") long id, @Param("listingFlags") String listingFlags);

  List<SubjectType> findRoles(@Param("id") long id);

  /** subject_id and role of each of the subjects' roles. */
  List<Map<String, Object>> findRolesOf(@Param("ids") Collection<Long> ids);

  int insertRole(@Param("id") long id, @Param("role") SubjectType role, @Param("at") LocalDateTime at);

  /** An officer took the role away: the row stays, marked (records are never deleted). */
  int removeRole(@Param("id") long id, @Param("role") SubjectType role, @Param("at") LocalDateTime at);

  /** A role taken away and now played again. */
  int restoreRole(@Param("id") long id, @Param("role") SubjectType role);

  int insertName(@Param("id") long id, @Param("entry") SubjectNameEntry entry);

  boolean hasName(@Param("id") long id, @Param("name") String name);

  List<SubjectNameEntry> findNames(@Param("id") long id);

  /** The record a merged id lives on in, if it was merged. */
  Optional<Long> findSurvivorOf(@Param("mergedId") long mergedId);

  /** The record's name; empty if there is no such record or it was merged into another. */
  Optional<String> findNameIfNotMerged(@Param("id") long id);

  List<SubjectMergeEntry> findMerges(@Param("survivorId") long survivorId);

  int insertChange(SubjectChange change);

  List<SubjectChange> findChanges(@Param("id") long id);

  int insertRelation(@Param("from") long from, @Param("to") long to, @Param("type") RelationType type,
      @Param("validFrom") java.time.LocalDate validFrom, @Param("validTo") java.time.LocalDate validTo,
      @Param("by") String by, @Param("at") LocalDateTime at);

  List<SubjectRelation> findRelations(@Param("id") long id);

  List<SupervisedSubject> search(@Param("s") SubjectSearch search);

  long count(@Param("s") SubjectSearch search);

  /** district_code, role, n: registered parties per district and role. */
  List<Map<String, Object>> countRolesByDistrict();

  /** district_code, n: key merchants per district. */
  List<Map<String, Object>> countKeyMerchantsByDistrict();

  /** district_code, n: influential streamers per district at these thresholds. */
  List<Map<String, Object>> countInfluentialByDistrict(@Param("minFollowers") long minFollowers,
      @Param("minTurnover") BigDecimal minTurnover);

  Optional<String> findSetting(@Param("key") String key);

  int updateSetting(@Param("key") String key, @Param("value") String value, @Param("by") String by,
      @Param("at") LocalDateTime at);

  /** How many complaints received in [from, until] named this subject. */
  /** The highest count of complaints received in [from, until] naming one of these subjects; 0 if none. */
  long countMostComplaintsReceivedBetween(@Param("ids") java.util.Collection<Long> ids,
      @Param("from") LocalDateTime from, @Param("until") LocalDateTime until);

  long countComplaintsReceivedBetween(@Param("id") long id, @Param("from") LocalDateTime from,
      @Param("until") LocalDateTime until);
}
