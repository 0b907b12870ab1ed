package cn.samr.livestream.monitoring;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** spot_check_assignment; statements in mapper/monitoring/SpotCheckAssignmentMapper.xml. */
@Mapper
public interface SpotCheckAssignmentMapper {

  int insert(SpotCheckAssignment assignment);

  Optional<SpotCheckAssignment> findById(@Param("id") long id);

  Optional<SpotCheckAssignment> findByUnitAndMonth(@Param("unitCode") String unitCode, @Param("monthCode") String monthCode);

  /** The month's assignments in the districts' display order. */
  List<SpotCheckAssignment> findByMonth(@Param("monthCode") String monthCode);

  /** Ids of the assignments the given monthly-monitoring instance opened. */
  List<Long> findIdsByProcessInstance(@Param("processInstanceId") String processInstanceId);

  int markReminded(@Param("id") long id, @Param("remindedAt") java.time.LocalDateTime remindedAt);

  int close(SpotCheckAssignment assignment);

  /** Stores the assignment's focus subjects (重点监测对象), one statement. */
  int insertFocusSubjects(@Param("subjects") List<FocusSubject> subjects);

  /** The assignment's focus subjects in their order. */
  List<FocusSubject> findFocusSubjects(@Param("assignmentId") long assignmentId);
}
