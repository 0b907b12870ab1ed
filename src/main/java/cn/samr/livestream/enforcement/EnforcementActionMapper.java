package cn.samr.livestream.enforcement;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EnforcementActionMapper {

  int insert(EnforcementAction action);

  int updateOutcome(@Param("id") long id, @Param("outcome") String outcome);

  /** The action's subject and every subject of its clue. */
  List<Long> findSubjectIdsOf(@Param("id") long id);

  int updateDeadline(@Param("id") long id, @Param("deadline") LocalDateTime deadline);

  Optional<EnforcementAction> findById(@Param("id") long id);

  List<EnforcementAction> findByClue(@Param("clueId") long clueId);

  List<EnforcementAction> findByCase(@Param("caseId") long caseId);

  List<EnforcementAction> findBySubject(@Param("subjectId") long subjectId);
}
