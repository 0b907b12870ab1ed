package cn.samr.livestream.tasks;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** task_hand_off; statements in mapper/tasks/TaskHandOffMapper.xml. */
@Mapper
public interface TaskHandOffMapper {

  /** Inserts the row; the generated id is set on {@link Row#id}. */
  int insert(Row row);

  /** The task's hand-offs, oldest first. */
  List<HandOff> findByTask(@Param("taskId") String taskId);

  /** The hand-offs of tasks of the instances (or of instances under them as root), oldest first. */
  List<HandOff> findByInstances(@Param("ids") Collection<String> processInstanceIds);

  /** Mutable insert parameter (MyBatis sets the generated key on it). */
  final class Row {
    public Long id;
    public final HandOff handOff;

    Row(HandOff handOff) {
      this.handOff = handOff;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public HandOff getHandOff() {
      return handOff;
    }
  }
}
