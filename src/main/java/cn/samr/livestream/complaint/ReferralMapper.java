package cn.samr.livestream.complaint;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReferralMapper {

  int insert(Referral referral);

  Optional<Referral> findById(@Param("id") long id);

  List<Referral> findByComplaint(@Param("complaintId") long complaintId);

  int updateDispatch(@Param("id") long id, @Param("status") String status,
      @Param("processInstanceId") String processInstanceId);
}
