package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.access.ProcessAccess;
import cn.samr.livestream.access.ProcessAccess.Starter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read department-transfer (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class DepartmentTransferProcessAccess {

  /**
   * 部门移送: POST /api/department-transfers and the Tasklist start form, by the working units' officers and heads
   * and by the coordination group; overseen city-wide by the supervisors (read only).
   */
  @Bean
  ProcessAccess departmentTransferAccess() {
    return ProcessAccess.of(DepartmentTransferProcess.PROCESS_KEY).startedBy(Starter.OFFICERS, Starter.COORDINATION);
  }
}
