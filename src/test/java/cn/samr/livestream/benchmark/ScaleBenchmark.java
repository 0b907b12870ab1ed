package cn.samr.livestream.benchmark;

import cn.samr.livestream.Application;
import cn.samr.livestream.shared.Times;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scale targets of issue 15, run on demand (not tests) through the benchmark profile:
 * {@code mvn -B -ntp -q -Pbenchmark test-compile exec:java -Dbenchmark.scenario=timers|monthly-stats|upload|all
 * [-Dbenchmark.profiles=mysql -DDB_URL=... -DDB_USER=... -DDB_PASSWORD=...]} (LifecycleBenchmark hands over to
 * this class when {@code benchmark.scenario} is set). Each scenario generates its data quickly, measures, checks
 * its result and prints its figure against the target:
 * <ul>
 * <li>{@link TimerScale}: due timers executed by two application nodes (JVMs) sharing the database, each once;</li>
 * <li>{@link MonthlyStatisticsScale}: GET /api/reports/monthly/{month} over 1,000,000 historic complaints;</li>
 * <li>{@link SpotCheckUploadScale}: POST /api/spot-checks/upload of 100,000 rows, time and peak heap.</li>
 * </ul>
 */
public final class ScaleBenchmark {

  /** One measured figure against its target. */
  record Figure(String target, String measured, String goal, boolean met) {
  }

  private ScaleBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    // as Application.main: deadlines are Beijing time, and JDBC and the engine clock follow the JVM zone
    TimeZone.setDefault(TimeZone.getTimeZone(Times.ZONE));
    String scenario = System.getProperty("benchmark.scenario", "all").trim().toLowerCase(Locale.ROOT);
    List<Figure> figures = new ArrayList<>();
    int status = 0;
    try {
      if (scenario.equals("monthly-stats") || scenario.equals("all")) {
        figures.addAll(MonthlyStatisticsScale.run(args));
      }
      if (scenario.equals("upload") || scenario.equals("all")) {
        figures.addAll(SpotCheckUploadScale.run(args));
      }
      if (scenario.equals("timers") || scenario.equals("all")) {
        figures.addAll(TimerScale.run(args));
      }
      if (figures.isEmpty()) {
        System.out.println("unknown benchmark.scenario " + scenario + ": timers, monthly-stats, upload or all");
        status = 2;
      }
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 1;
    }
    print(figures);
    // Tomcat and Hikari threads may outlive the contexts
    System.exit(status);
  }

  /** The application with the job executor off ("test" first, then benchmark.profiles, e.g. mysql). */
  static ConfigurableApplicationContext application(String[] args, String... extraArguments) {
    String[] profiles = LifecycleBenchmark.profiles(System.getProperty("benchmark.profiles", ""));
    String[] arguments = Stream.of(Stream.of("--server.port=0"), Stream.of(extraArguments), Stream.of(args))
        .flatMap(s -> s).toArray(String[]::new);
    return new SpringApplicationBuilder(Application.class).profiles(profiles).run(arguments);
  }

  /** The database product and version as the driver tells them (Connector/J: "MySQL 5.5.5-10.11.19-MariaDB-…"). */
  static String describe(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      return "unknown database (" + e.getMessage() + ")";
    }
  }

  static boolean isMysql(DataSource dataSource) {
    return describe(dataSource).startsWith("MySQL");
  }

  /** bench_n: the numbers 1..at least count, for set-based generators; doubled from one row, kept between runs. */
  static void numbers(JdbcTemplate jdbc, int count) {
    jdbc.execute("CREATE TABLE IF NOT EXISTS bench_n (n INT NOT NULL PRIMARY KEY)");
    Integer max = jdbc.queryForObject("SELECT COALESCE(MAX(n), 0) FROM bench_n", Integer.class);
    if (max == 0) {
      jdbc.update("INSERT INTO bench_n (n) VALUES (1)");
      max = 1;
    }
    while (max < count) {
      jdbc.update("INSERT INTO bench_n (n) SELECT n + ? FROM bench_n WHERE n <= ?", max, max);
      max *= 2;
    }
  }

  /** Seconds since a System.nanoTime() start. */
  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void print(List<Figure> figures) {
    if (figures.isEmpty()) {
      return;
    }
    String format = "%-58s %-34s %-12s %s%n";
    String line = "-".repeat(112);
    System.out.println();
    System.out.println(line);
    System.out.printf(format, "target", "measured", "goal", "met");
    System.out.println(line);
    for (Figure f : figures) {
      System.out.printf(format, f.target(), f.measured(), f.goal(), f.met() ? "yes" : "NO");
    }
    System.out.println(line);
  }
}
