package cn.samr.livestream.platform;

import cn.samr.livestream.platform.PlatformRecords.CommitmentReport;
import cn.samr.livestream.platform.PlatformRecords.Letter;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Tables platform_letter and platform_commitment_report (V27__platform_letter.sql). */
@Mapper
public interface PlatformLetterMapper {

  int insertLetter(Letter letter);

  Optional<Letter> findLetter(@Param("clientPk") long clientPk, @Param("letterNo") String letterNo);

  /** A client's letters, newest first; status null for all. */
  List<Letter> findLetters(@Param("clientPk") long clientPk, @Param("status") PlatformLetterStatus status,
      @Param("offset") int offset, @Param("size") int size);

  /** The interview rows (interview_subject ids) a client received a notice or letter for. */
  List<Long> findLetterRowIds(@Param("clientPk") long clientPk);

  /** Records the acknowledgement of a letter still ISSUED; 0 when it was acknowledged already. */
  int acknowledgeLetter(Letter letter);

  int insertCommitmentReport(CommitmentReport report);

  Optional<CommitmentReport> findCommitmentReport(@Param("commitmentNo") String commitmentNo);
}
