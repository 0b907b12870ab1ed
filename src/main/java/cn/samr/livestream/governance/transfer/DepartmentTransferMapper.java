package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.coordination.Department;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DepartmentTransferMapper {

  int insert(DepartmentTransfer transfer);

  Optional<DepartmentTransfer> findById(@Param("id") long id);

  Optional<DepartmentTransfer> findByNo(@Param("transferNo") String transferNo);

  Optional<DepartmentTransfer> findByProcessInstance(@Param("processInstanceId") String processInstanceId);

  /** Writes everything that changes after the request. */
  int update(DepartmentTransfer transfer);

  int insertSubject(@Param("transferId") long transferId, @Param("subjectId") long subjectId);

  List<Long> findSubjectIds(@Param("transferId") long transferId);

  /** The transfers about any of these subjects (a subject and the records merged into it), newest first. */
  List<DepartmentTransfer> findBySubjects(@Param("subjectIds") List<Long> subjectIds);

  /**
   * The list: the units' transfers (all when units is null), optionally only those about a subject, to a department,
   * or overdue; newest first, at most limit.
   */
  List<DepartmentTransfer> search(@Param("units") List<String> units, @Param("subjectId") Long subjectId,
      @Param("department") Department department, @Param("overdue") Boolean overdue, @Param("limit") int limit);
}
