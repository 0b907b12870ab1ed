package cn.samr.livestream.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** TaskHandOffMapper: a row through every column, by task and by instance, oldest first (H2 and MariaDB). */
@MapperTest
class TaskHandOffMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 10, 0, 5);

  @Autowired TaskHandOffMapper mapper;

  @Test
  void handOffsAreWrittenAndFoundByTaskAndInstance() {
    HandOff transfer = new HandOff(null, HandOff.Kind.TRANSFER, "task-1", "受理审查".repeat(50), "Task_AcceptComplaint",
        "pi-1", "root-1", "TS-20261206-00001", "baoshan-officer", "baoshan-officer2", "baoshan-head", null,
        "出差一周，转同事办理", HandOff.Via.API, AT);
    TaskHandOffMapper.Row row = new TaskHandOffMapper.Row(transfer);
    assertThat(mapper.insert(row)).isEqualTo(1);
    assertThat(row.id).isNotNull();
    TaskHandOffMapper.Row second = new TaskHandOffMapper.Row(new HandOff(null, HandOff.Kind.DELEGATE, "task-1",
        "受理审查", "Task_AcceptComplaint", "pi-1", "root-1", null, "baoshan-officer2", "baoshan-officer", null, null,
        null, HandOff.Via.TASKLIST, AT.plusMinutes(1)));
    mapper.insert(second);
    mapper.insert(new TaskHandOffMapper.Row(new HandOff(null, HandOff.Kind.TRANSFER, "task-2", "核查", "Task_Verify",
        "pi-2", "pi-2", null, "a", "b", "a", null, null, HandOff.Via.TASKLIST, AT)));

    List<HandOff> byTask = mapper.findByTask("task-1");
    assertThat(byTask).hasSize(2);
    assertThat(byTask.get(0)).isEqualTo(transfer.withId(row.id));
    assertThat(byTask.get(0).taskName()).hasSize(200);
    assertThat(byTask.get(1).kind()).isEqualTo(HandOff.Kind.DELEGATE);
    assertThat(byTask.get(1).reason()).isNull();
    assertThat(byTask.get(1).via()).isEqualTo(HandOff.Via.TASKLIST);
    assertThat(byTask.get(1).id()).isGreaterThan(row.id);

    assertThat(mapper.findByInstances(List.of("pi-1", "pi-2"))).extracting(HandOff::taskId)
        .containsExactly("task-1", "task-1", "task-2");
    assertThat(mapper.findByInstances(List.of("pi-2"))).extracting(HandOff::taskId).containsExactly("task-2");
    assertThat(mapper.findByTask("none")).isEmpty();
  }
}
