package cn.samr.livestream.coordination;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface LeadSummaryMapper {

  /** Complaints received in [from, to). */
  List<LeadLine> findComplaints(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

  /** Clues from reports (举报) received in [from, to). */
  List<LeadLine> findReports(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

  int insert(LeadSummary summary);

  int update(LeadSummary summary);

  Optional<LeadSummary> findById(@Param("id") long id);

  Optional<LeadSummary> findByMonth(@Param("month") String month);
}
