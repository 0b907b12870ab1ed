package cn.samr.livestream.monitoring;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** spot_check; statements in mapper/monitoring/SpotCheckMapper.xml. */
@Mapper
public interface SpotCheckMapper {

  int insert(SpotCheck check);

  /** Many checks in one INSERT statement; their generated ids are set on them. */
  int insertAll(@Param("list") List<SpotCheck> checks);

  int updateClueId(@Param("id") long id, @Param("clueId") long clueId);

  List<SpotCheck> findByAssignment(@Param("assignmentId") long assignmentId);

  int countByAssignment(@Param("assignmentId") long assignmentId);

  /** The checks of one live room or streamer: its platform and account, oldest first. */
  List<SpotCheck> findByAccount(@Param("platform") String platform, @Param("accountId") String accountId);
}
