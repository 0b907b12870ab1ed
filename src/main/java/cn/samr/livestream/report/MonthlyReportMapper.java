package cn.samr.livestream.report;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** monthly_report; statements in mapper/report/MonthlyReportMapper.xml. */
@Mapper
public interface MonthlyReportMapper {

  int insert(MonthlyReport report);

  Optional<MonthlyReport> findById(@Param("id") long id);

  Optional<MonthlyReport> findByMonth(@Param("monthCode") String monthCode);

  /** COLLECTING → REVIEWING; 0 when the review had been opened before. */
  int startReview(@Param("id") long id, @Param("at") LocalDateTime at);

  /** REVIEWING → FROZEN with who, when and the review remarks; 0 when not under review. */
  int freeze(@Param("id") long id, @Param("at") LocalDateTime at, @Param("by") String by,
      @Param("remarks") String remarks);
}
