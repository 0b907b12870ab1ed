package cn.samr.livestream.enforcement.casefile;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CaseFileMapper {

  int insert(CaseFile caseFile);

  Optional<CaseFile> findById(@Param("id") long id);

  Optional<CaseFile> findByCaseNo(@Param("caseNo") String caseNo);

  List<CaseFile> findByClue(@Param("clueId") long clueId);

  int update(CaseFile caseFile);

  int insertExcludedPeriod(ExcludedPeriod period);

  List<ExcludedPeriod> findExcludedPeriods(@Param("caseId") long caseId);

  /** The clue's facts, for the read-only summary in the case's forms. */
  String findClueFacts(@Param("clueId") long clueId);

  String findClueCategory(@Param("clueId") long clueId);

  /** When the clue was received: the 立案审批 limit runs from it when filing follows the verification directly. */
  LocalDateTime findClueReceivedAt(@Param("clueId") long clueId);

  /** Whether the head extended the clue's verification (and with it the filing decision) to 30 working days. */
  Boolean findClueExtensionGranted(@Param("clueId") long clueId);

  /** The cases against a subject (case_file.subject_id), oldest first. */
  List<CaseFile> findBySubject(@Param("subjectId") long subjectId);
}
