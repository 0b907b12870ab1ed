package cn.samr.livestream.organization;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** org_unit; statements in mapper/organization/OrgUnitMapper.xml. */
@Mapper
public interface OrgUnitMapper {

  /** All units, active or not, in display order. */
  List<OrgUnit> findAll();

  OrgUnit findByCode(@Param("code") String code);

  OrgUnit findByDistrictCode(@Param("districtCode") String districtCode);

  /** The unit whose officers' group (code) or heads' group is this group; null if none. */
  OrgUnit findByGroup(@Param("groupId") String groupId);

  int insert(OrgUnit unit);

  /** Updates every column but the code. */
  int update(OrgUnit unit);
}
