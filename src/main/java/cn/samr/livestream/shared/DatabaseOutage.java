package cn.samr.livestream.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.MyBatisExceptionTranslator;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.boot.autoconfigure.MybatisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage reads as one: /api answers 503 with {@code Retry-After} and the usual
 * {@link ApiError}, at once, and the log names the cause in one line.
 *
 * <ul>
 *   <li>MyBatis translates SQL errors with Spring's error-code translator by default, which on first use
 *       looks the database product up through a <em>new</em> connection: with the database gone, a request
 *       that already failed then waits for the pool (connection-timeout, twice) before it can fail. The
 *       subclass translator reads the exception alone, as Spring's JdbcTemplate does by default since 6.0;
 *       duplicate keys (SQLState 23505, MySQL 1062) still become {@code DuplicateKeyException}, deadlocks
 *       {@code PessimisticLockingFailureException}.</li>
 *   <li>A rollback on a connection that is gone cannot run and need not: the server discards an
 *       uncommitted transaction with its session. Spring would replace the real failure (Communications
 *       link failure) by "JDBC rollback failed" and log the original as "overridden"; here the real failure
 *       goes on.</li>
 *   <li>A filter outside authentication (which reads users from the database) turns a failure whose cause
 *       is a lost or unobtainable connection into 503, wherever it happened.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseOutage {

  /** Seconds a client should wait: a restarted database is served again about 3–4 s after it is back. */
  static final int RETRY_AFTER_SECONDS = 10;

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);

  @Bean
  SqlSessionTemplate sqlSessionTemplate(SqlSessionFactory factory, MybatisProperties properties) {
    ExecutorType executor = properties.getExecutorType() != null ? properties.getExecutorType() : ExecutorType.SIMPLE;
    return new SqlSessionTemplate(factory, executor,
        new MyBatisExceptionTranslator(SQLExceptionSubclassTranslator::new, true));
  }

  /** Spring Boot's transaction manager (the engine uses it too), except for a rollback on a lost connection. */
  @Bean
  JdbcTransactionManager transactionManager(DataSource dataSource,
      ObjectProvider<TransactionManagerCustomizers> customizers) {
    JdbcTransactionManager manager = new JdbcTransactionManager(dataSource) {
      @Override
      protected void doRollback(DefaultTransactionStatus status) {
        try {
          super.doRollback(status);
        } catch (RuntimeException e) {
          // JdbcTransactionManager reports a failed rollback as a translated DataAccessException; the pool
          // closes a connection it found broken, and then says only "Connection is closed" (no SQLState)
          if (connectionFailure(e) == null && !connectionClosed()) {
            throw e;
          }
          LOG.debug("rollback on a lost connection skipped; the server discards the transaction with it", e);
        }
      }

      private boolean connectionClosed() {
        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
        try {
          return holder != null && holder.getConnection().isClosed();
        } catch (SQLException unusable) {
          return true;
        }
      }
    };
    customizers.ifAvailable(c -> c.customize(manager));
    return manager;
  }

  @Bean
  FilterRegistrationBean<OutageFilter> databaseOutageFilter(ObjectMapper json) {
    FilterRegistrationBean<OutageFilter> registration = new FilterRegistrationBean<>(new OutageFilter(json));
    registration.setName("database-outage");
    registration.addUrlPatterns("/api/*");
    // outside the authentication filter, which looks the caller up in the database
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** The answer to a request that met a database outage. */
  public static ApiError error() {
    return ApiError.of("DATABASE_UNAVAILABLE", "数据库暂时不可用，请稍后重试",
        "the database is temporarily unavailable, try again later");
  }

  /**
   * The failure in {@code e}'s causes that says the database connection is lost or cannot be had
   * (SQLState class 08, the JDBC connection exception types, the pool's timeout), or null.
   */
  public static Throwable connectionFailure(Throwable e) {
    Throwable found = null;
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
        found = t;
      }
    }
    return found;
  }

  /** The failure and, when another, its root cause: first line of each message. */
  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = failure.getClass().getName() + ": " + firstLine(failure.getMessage());
    return root == failure ? text : text + " (caused by " + root.getClass().getName() + ": " + firstLine(root.getMessage()) + ")";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  static final class OutageFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    OutageFilter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } catch (ServletException | IOException | RuntimeException e) {
        Throwable failure = connectionFailure(e);
        if (failure == null || response.isCommitted()) {
          throw e;
        }
        LOG.warn("数据库不可用 / database unavailable: {} — {} {} answered 503", describe(failure),
            request.getMethod(), request.getRequestURI());
        LOG.debug("the request's failure", e);
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error());
      }
    }
  }
}
