package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.enforcement.ClueSource;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ClueMapper {

  int insert(Clue clue);

  Optional<Clue> findById(@Param("id") long id);

  Optional<Clue> findByNo(@Param("clueNo") String clueNo);

  Optional<Clue> findByExternalNo(@Param("source") ClueSource source, @Param("externalNo") String externalNo);

  int updateProcessInstanceId(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  /** Writes everything that changes after intake: status, deadlines, findings, tier, outcome. */
  int update(Clue clue);

  int insertSubject(@Param("clueId") long clueId, @Param("subjectId") long subjectId);

  List<Long> findSubjectIds(@Param("clueId") long clueId);

  List<Clue> findBySubject(@Param("subjectId") long subjectId);

  int insertEvent(RecordEvent event);

  List<RecordEvent> findEvents(@Param("clueId") long clueId);

  int insertReporter(ClueReporter reporter);

  Optional<ClueReporter> findReporter(@Param("clueId") long clueId);
}
