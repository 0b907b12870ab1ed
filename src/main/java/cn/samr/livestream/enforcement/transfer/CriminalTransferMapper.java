package cn.samr.livestream.enforcement.transfer;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CriminalTransferMapper {

  int insert(CriminalTransfer transfer);

  Optional<CriminalTransfer> findById(@Param("id") long id);

  List<CriminalTransfer> findByClue(@Param("clueId") long clueId);

  Optional<CriminalTransfer> findByTransferNo(@Param("transferNo") String transferNo);

  Optional<CriminalTransfer> findByProcessInstance(@Param("processInstanceId") String processInstanceId);

  int update(CriminalTransfer transfer);

  /** The clue's facts, for the summary the forms show. */
  Optional<String> findClueFacts(@Param("clueId") long clueId);

  /** The transfers about a subject (criminal_transfer.subject_id), oldest first. */
  List<CriminalTransfer> findBySubject(@Param("subjectId") long subjectId);
}
