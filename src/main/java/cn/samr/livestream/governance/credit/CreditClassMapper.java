package cn.samr.livestream.governance.credit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The risk class's facts (read across the register's tables, one statement) and its change log. */
@Mapper
public interface CreditClassMapper {

  /** The party's counts: penalties and fines since {@code since3Years}, clues and complaints since {@code since1Year}. */
  RegisterFacts registerFacts(@Param("ids") Collection<Long> subjectIds,
      @Param("since3Years") LocalDateTime since3Years, @Param("since1Year") LocalDateTime since1Year,
      @Param("since3YearsDay") LocalDate since3YearsDay, @Param("since1YearDay") LocalDate since1YearDay);

  int insertChange(CreditClassChange change);

  /** The subject's latest class changes, newest first. */
  List<CreditClassChange> findChanges(@Param("subjectIds") Collection<Long> subjectIds, @Param("limit") int limit);

  /** Register records not merged into another, in id order after {@code afterId}: the daily run's batches. */
  List<Long> findSubjectIdsAfter(@Param("afterId") long afterId, @Param("limit") int limit);
}
