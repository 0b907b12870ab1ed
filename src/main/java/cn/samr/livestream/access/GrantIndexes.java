package cn.samr.livestream.access;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two indexes on ACT_RU_AUTHORIZATION that keep the task list as fast with years of history as without.
 *
 * <p>With authorization checks on, every engine query the Tasklist runs (tasks, their count, their variables,
 * process definitions, users) joins the grants of the user and his groups, restricted to the resource types the
 * query checks: {@code TYPE_ < 2 AND (USER_ID_ IN (user, '*') OR GROUP_ID_ IN (groups)) AND RESOURCE_TYPE_ IN
 * (…)}. Camunda's own indexes lead with the user or group and then TYPE_, a range, so the database reads every
 * grant of the group: with three years of closed instances a district's group holds several grants per closed
 * instance (the history grants, {@link InstanceReadGrants}), and the list grew linearly slower. Leading with the
 * resource type after the group or user, the database reads only the grants of the types asked for, which are
 * bounded by the open work (task and runtime instance grants are deleted with the task and the instance) and the
 * organisation (process definitions, applications).
 *
 * <p>Engine tables are the engine's, not Flyway's (the domain's migrations run before the engine creates its
 * schema, and the mapper tests run them without it): the indexes are made right after the engine has created or
 * updated its schema, when it manages it ({@code databaseSchemaUpdate} other than false), and are only checked
 * (an error logged with the statement for the administrator) when it does not. Idempotent; another node creating
 * them at the same moment is fine.
 */
@Component
public class GrantIndexes extends AbstractProcessEnginePlugin {

  /** An index: name and columns. */
  record Index(String name, String columns) {
  }

  static final String TABLE = "ACT_RU_AUTHORIZATION";
  static final List<Index> INDEXES = List.of(
      new Index("ACT_IDX_AUTH_GROUP_RES", "GROUP_ID_, RESOURCE_TYPE_, TYPE_"),
      new Index("ACT_IDX_AUTH_USER_RES", "USER_ID_, RESOURCE_TYPE_, TYPE_"));

  private static final Logger LOG = LoggerFactory.getLogger(GrantIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String table = (configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix())
        + TABLE;
    boolean managed = !ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE.equals(configuration.getDatabaseSchemaUpdate());
    ensure(configuration.getDataSource(), table, managed);
  }

  /** Creates the missing indexes (or only reports them when {@code create} is false); returns those created. */
  static List<Index> ensure(DataSource dataSource, String table, boolean create) {
    try (Connection connection = dataSource.getConnection()) {
      Set<String> present = indexes(connection, table);
      List<Index> missing = INDEXES.stream().filter(i -> !present.contains(i.name().toUpperCase(Locale.ROOT))).toList();
      for (Index index : missing) {
        String ddl = "CREATE INDEX " + index.name() + " ON " + table + " (" + index.columns() + ")";
        if (!create) {
          LOG.error("Index {} is missing: the task list slows down as history grows. Run: {}", index.name(), ddl);
          continue;
        }
        try (Statement statement = connection.createStatement()) {
          statement.execute(ddl);
          LOG.info("Index {} created on {} ({})", index.name(), table, index.columns());
        } catch (SQLException e) {
          if (!indexes(connection, table).contains(index.name().toUpperCase(Locale.ROOT))) {
            throw e;
          }
        }
      }
      return create ? missing : List.of();
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the indexes of " + table, e);
    }
  }

  private static Set<String> indexes(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    Set<String> names = new HashSet<>();
    for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
      try (ResultSet rows = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
        while (rows.next()) {
          if (rows.getString("INDEX_NAME") != null) {
            names.add(rows.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    return names;
  }
}
