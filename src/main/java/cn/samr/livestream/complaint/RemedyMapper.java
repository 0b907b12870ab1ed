package cn.samr.livestream.complaint;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RemedyMapper {

  int insert(RemedyObligation remedy);

  Optional<RemedyObligation> findById(@Param("id") long id);

  List<RemedyObligation> findByComplaint(@Param("complaintId") long complaintId);

  int update(RemedyObligation remedy);
}
