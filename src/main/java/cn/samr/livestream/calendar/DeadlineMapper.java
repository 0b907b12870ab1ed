package cn.samr.livestream.calendar;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DeadlineMapper {

  /** Inserts a deadline; its id is set. */
  void insert(Deadline deadline);

  Deadline findByTarget(@Param("kind") Deadline.TargetKind kind, @Param("targetId") String targetId);

  /** The open deadlines whose period touches {@code year}, oldest first. */
  List<Deadline> openTouching(@Param("year") int year);

  /** The open deadlines of periods that end in {@code fromYear} or later. */
  List<Deadline> openEndingFrom(@Param("fromYear") int fromYear);

  /** Writes basis, due date, provisional, open and recomputed_at. */
  void update(Deadline deadline);

  void insertChange(DeadlineChange change);

  /** The deadlines of these process instances that were provisional when first computed, for their timeline. */
  List<Deadline> provisionalOf(@Param("processInstanceIds") Collection<String> processInstanceIds);

  List<DeadlineChange> changesOf(@Param("processInstanceIds") Collection<String> processInstanceIds);
}
