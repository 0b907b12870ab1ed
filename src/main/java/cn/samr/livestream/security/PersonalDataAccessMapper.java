package cn.samr.livestream.security;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** personal_data_access; statements in mapper/security/PersonalDataAccessMapper.xml. */
@Mapper
public interface PersonalDataAccessMapper {

  int insert(PersonalDataAccess access);

  /** A record's reads, oldest first. */
  List<PersonalDataAccess> findByRecord(@Param("recordKind") PersonalDataAccess.RecordKind recordKind,
      @Param("recordNo") String recordNo);
}
