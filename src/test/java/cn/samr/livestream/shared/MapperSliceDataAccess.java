package cn.samr.livestream.shared;

import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.boot.autoconfigure.MybatisProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The application's MyBatis set-up for the mapper slices: the statements per database (databaseId, e.g. the
 * number sequence's MERGE on H2, ON DUPLICATE KEY on MySQL) and the SQL error translation and transaction
 * manager of {@link DatabaseOutage}, whose web filter a slice does without.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(MyBatisDatabaseIds.class)
public class MapperSliceDataAccess {

  private final DatabaseOutage application = new DatabaseOutage();

  @Bean
  SqlSessionTemplate sqlSessionTemplate(SqlSessionFactory factory, MybatisProperties properties) {
    return application.sqlSessionTemplate(factory, properties);
  }

  @Bean
  JdbcTransactionManager transactionManager(DataSource dataSource,
      ObjectProvider<TransactionManagerCustomizers> customizers) {
    return application.transactionManager(dataSource, customizers);
  }
}
