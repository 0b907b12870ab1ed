package cn.samr.livestream.security;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The webapps' sessions live in the shared database (Spring Session JDBC, tables of V17, settings in application.yaml
 * {@code spring.session}): Camunda's login (its {@code Authentications}, serializable) and its CSRF token are read by
 * whichever node the next request reaches.
 *
 * <p>A new attribute is written with an upsert, not a plain INSERT: the webapps send several requests at once, and two
 * of them adding the same attribute to one session (on one node or two) would otherwise fail the second on the
 * primary key.
 */
@Configuration(proxyBeanMethods = false)
public class WebappSessions {

  static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, "
      + "ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
      throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    if (product.startsWith("MySQL") || product.startsWith("MariaDB")) {
      return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }
    if (product.startsWith("H2")) {
      return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
    }
    throw new IllegalStateException("no session attribute upsert for database " + product);
  }
}
