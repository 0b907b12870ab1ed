package cn.samr.livestream.shared;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NumberSequenceMapper {

  /** Adds 1 to the key's counter, creating it at 1; the row stays write-locked until the transaction ends. */
  int advance(@Param("key") String key);

  /** The counter's value as this transaction sees it. */
  Long current(@Param("key") String key);
}
