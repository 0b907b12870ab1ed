package cn.samr.livestream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the intake-under-concurrency tests (complaints, clues) share: the running application, the number of
 * callers that send the same record at once ({@link ConcurrentRequests}), and the counts they check after.
 */
public abstract class ConcurrentIntakeFixture {

  protected static final int CALLERS = 20;

  @LocalServerPort protected int port;
  @Autowired protected TestRestTemplate http;
  @Autowired protected ObjectMapper json;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected HistoryService historyService;

  /** Instances of the process ever started, finished ones included. */
  protected long startedInstances(String processKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  protected long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
