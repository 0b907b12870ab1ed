package cn.samr.livestream.coordination;

import cn.samr.livestream.audit.RecordEvent;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EscalationMapper {

  int insert(Escalation escalation);

  Optional<Escalation> findById(@Param("id") long id);

  Optional<Escalation> findByNo(@Param("escalationNo") String escalationNo);

  Optional<Escalation> findByProcessInstance(@Param("processInstanceId") String processInstanceId);

  List<Escalation> findByClue(@Param("clueId") long clueId);

  /** Writes everything that changes after the report: status, triage, meeting, guidance, acknowledgement. */
  int update(Escalation escalation);

  int insertEvent(RecordEvent event);

  List<RecordEvent> findEvents(@Param("escalationId") long escalationId);

  int insertNotice(DepartmentNotice notice);

  Optional<DepartmentNotice> findNotice(@Param("id") long id);

  List<DepartmentNotice> findNotices(@Param("escalationId") long escalationId);

  int updateNotice(DepartmentNotice notice);
}
