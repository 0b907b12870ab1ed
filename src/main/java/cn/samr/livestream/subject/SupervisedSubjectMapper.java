package cn.samr.livestream.subject;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SupervisedSubjectMapper {

  Optional<SupervisedSubject> findById(@Param("id") long id);

  Optional<SupervisedSubject> findByCreditCode(@Param("type") SubjectType type, @Param("creditCode") String creditCode);

  Optional<SupervisedSubject> findByAccount(@Param("type") SubjectType type, @Param("platformName") String platformName,
      @Param("accountId") String accountId);

  /** Without a code or account only the exact name identifies a subject. */
  Optional<SupervisedSubject> findFirstByName(@Param("type") SubjectType type, @Param("name") String name);

  int insert(SupervisedSubject subject);

  int updateDistrictIfMissing(@Param("id") long id, @Param("districtCode") String districtCode);

  /** How many complaints received in [from, until] named this subject. */
  long countComplaintsReceivedBetween(@Param("id") long id, @Param("from") LocalDateTime from,
      @Param("until") LocalDateTime until);
}
