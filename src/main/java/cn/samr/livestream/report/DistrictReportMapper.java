package cn.samr.livestream.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** district_report; statements in mapper/report/DistrictReportMapper.xml. */
@Mapper
public interface DistrictReportMapper {

  int insert(DistrictReport report);

  Optional<DistrictReport> findById(@Param("id") long id);

  Optional<DistrictReport> findByUnitAndMonth(@Param("unitCode") String unitCode, @Param("monthCode") String monthCode);

  /** A month's district reports in the organisation's display order. */
  List<DistrictReport> findByReport(@Param("reportId") long reportId);

  /** Ids of a month's district reports in display order (the process's multi-instance collection). */
  List<Long> findIdsByReport(@Param("reportId") long reportId);

  /** Only while pending. */
  int markReminded(@Param("id") long id, @Param("at") LocalDateTime at);

  /** Only while pending. */
  int markOverdue(@Param("id") long id, @Param("at") LocalDateTime at);

  /** PENDING → SUBMITTED with time, user, on-time flag, remarks and suggestions; 0 when not pending. */
  int submit(DistrictReport report);

  int recordSupervision(@Param("id") long id, @Param("at") LocalDateTime at, @Param("by") String by,
      @Param("note") String note);

  /** Closes the month's still pending reports as NOT_SUBMITTED (未报送); returns how many. */
  int closeUnsubmitted(@Param("reportId") long reportId);
}
