package cn.samr.livestream.governance.typicalcase;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The public page's only reads: published, not withdrawn rows of typical_case_publication. Nothing else in the
 * database is reachable from /public-api.
 */
@Mapper
public interface PublicTypicalCaseMapper {

  List<PublicTypicalCase> list(@Param("offset") int offset, @Param("size") int size);

  long count();

  Optional<PublicTypicalCase> find(@Param("publicationNo") String publicationNo);
}
