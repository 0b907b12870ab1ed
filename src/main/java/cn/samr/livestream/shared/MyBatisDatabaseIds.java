package cn.samr.livestream.shared;

import java.util.Properties;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a mapper statement have a MySQL/MariaDB variant ({@code databaseId="mysql"}) beside the portable
 * one H2 runs; statements without a databaseId serve every database.
 */
@Configuration
public class MyBatisDatabaseIds {

  @Bean
  public DatabaseIdProvider databaseIdProvider() {
    Properties vendors = new Properties();
    vendors.setProperty("MySQL", "mysql");
    vendors.setProperty("MariaDB", "mysql");
    VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
    provider.setProperties(vendors);
    return provider;
  }
}
