package cn.samr.livestream.shared;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NumberSequenceMapper {

  Long lockCurrent(@Param("key") String key);

  int insertFirst(@Param("key") String key);

  int increment(@Param("key") String key);
}
