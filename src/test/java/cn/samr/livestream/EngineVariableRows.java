package cn.samr.livestream;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The names of a process instance's variables as the engine's tables hold them: the runtime rows
 * (ACT_RU_VARIABLE) and the history rows in any state (ACT_HI_VARINST, deleted ones too). Read with SQL so that a row
 * the engine's queries would leave out still counts.
 */
public final class EngineVariableRows {

  private final JdbcTemplate jdbc;

  public EngineVariableRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> runtime(String processInstanceId) {
    return jdbc.queryForList("SELECT NAME_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ?", String.class,
        processInstanceId);
  }

  public List<String> history(String processInstanceId) {
    return jdbc.queryForList("SELECT NAME_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?", String.class,
        processInstanceId);
  }
}
