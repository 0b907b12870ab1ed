package cn.samr.livestream.governance;

import cn.samr.livestream.audit.RecordEvent;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** governance_event: the steps of interviews, listings, campaigns, typical cases and department transfers. */
@Mapper
public interface GovernanceEventMapper {

  int insert(@Param("kind") GovernanceRecordKind kind, @Param("event") RecordEvent event);

  /** The record's events, oldest first. */
  List<RecordEvent> find(@Param("kind") GovernanceRecordKind kind, @Param("recordId") long recordId);
}
