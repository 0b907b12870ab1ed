package cn.samr.livestream.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, by what they touch, for the benchmark: the application's one
 * DataSource is wrapped (a JDK proxy over DataSource, Connection and Statement) before anyone uses it, so the engine,
 * MyBatis and Flyway all go through it. A statement in a JDBC batch counts as a statement; the batch as one round trip.
 */
final class StatementCounter implements BeanPostProcessor {

  /** What a statement touches, by its first table. */
  enum Category {
    VARIABLES("process variables (RU_VARIABLE, HI_VARINST, HI_DETAIL, GE_BYTEARRAY)"),
    HISTORY("other history (ACT_HI_*)"),
    AUTHORIZATION("authorization (RU_AUTHORIZATION)"),
    JOBS("jobs and timers (RU_JOB)"),
    ENGINE("engine runtime and repository (other ACT_*)"),
    DOMAIN("domain tables"),
    OTHER("other");

    final String description;

    Category(String description) {
      this.description = description;
    }
  }

  private static final Pattern FIRST_TABLE =
      Pattern.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|FROM)\\s+([A-Z0-9_.`\"]+)");

  private final Map<Category, LongAdder> statements = new EnumMap<>(Category.class);
  /** Per statement kind and first table ("INSERT ACT_HI_ACTINST"), for -Dbenchmark.tables=true. */
  private final Map<String, LongAdder> byTable = new java.util.concurrent.ConcurrentHashMap<>();
  private final LongAdder roundTrips = new LongAdder();

  StatementCounter() {
    for (Category category : Category.values()) {
      statements.put(category, new LongAdder());
    }
  }

  /** The counts so far; subtract two snapshots for what happened between them. */
  record Snapshot(Map<Category, Long> statements, long roundTrips) {

    long total() {
      return statements.values().stream().mapToLong(Long::longValue).sum();
    }

    Snapshot minus(Snapshot before) {
      Map<Category, Long> difference = new EnumMap<>(Category.class);
      statements.forEach((category, count) -> difference.put(category, count - before.statements.get(category)));
      return new Snapshot(difference, roundTrips - before.roundTrips);
    }
  }

  Snapshot snapshot() {
    Map<Category, Long> counts = new EnumMap<>(Category.class);
    statements.forEach((category, adder) -> counts.put(category, adder.sum()));
    return new Snapshot(counts, roundTrips.sum());
  }

  static Category categorize(String sql) {
    Matcher m = FIRST_TABLE.matcher(sql.toUpperCase(Locale.ROOT));
    if (!m.find()) {
      return Category.OTHER;
    }
    String table = m.group(1).replaceAll("[`\"]", "");
    table = table.substring(table.lastIndexOf('.') + 1);
    if (table.equals("ACT_RU_VARIABLE") || table.equals("ACT_HI_VARINST") || table.equals("ACT_HI_DETAIL")
        || table.equals("ACT_GE_BYTEARRAY")) {
      return Category.VARIABLES;
    }
    if (table.equals("ACT_RU_AUTHORIZATION")) {
      return Category.AUTHORIZATION;
    }
    if (table.equals("ACT_RU_JOB")) {
      return Category.JOBS;
    }
    if (table.startsWith("ACT_HI_")) {
      return Category.HISTORY;
    }
    return table.startsWith("ACT_") ? Category.ENGINE : Category.DOMAIN;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, dataSource, (target, method, args) -> {
        Object result = invoke(target, method, args);
        return result instanceof Connection connection ? connection(connection) : result;
      });
    }
    return bean;
  }

  private Connection connection(Connection connection) {
    return proxy(Connection.class, connection, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof Statement statement) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        return statement(statement, sql, method.getReturnType());
      }
      return result;
    });
  }

  @SuppressWarnings("unchecked")
  private <S extends Statement> S statement(Statement statement, String preparedSql, Class<?> type) {
    return proxy((Class<S>) type, (S) statement, (target, method, args) -> {
      String name = method.getName();
      if (name.equals("addBatch")) {
        count(args != null && args.length > 0 ? (String) args[0] : preparedSql);
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        roundTrips.increment();
      } else if (name.startsWith("execute")) {
        count(args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql);
        roundTrips.increment();
      }
      return invoke(target, method, args);
    });
  }

  /** -Dbenchmark.trace=true: each domain statement with the application frames that sent it (to find redundant ones). */
  volatile boolean trace;

  private void count(String sql) {
    if (trace && sql != null && categorize(sql) == Category.DOMAIN) {
      StringBuilder line = new StringBuilder("   SQL ").append(sql.replaceAll("\\s+", " ").strip());
      if (line.length() > 110) {
        line.setLength(110);
      }
      for (StackTraceElement frame : new Throwable().getStackTrace()) {
        String c = frame.getClassName();
        if (c.startsWith("cn.samr.livestream.") && !c.startsWith("cn.samr.livestream.benchmark.")
            && !c.contains("$$")) {
          line.append("\n        <- ").append(c.substring(c.lastIndexOf('.') + 1)).append('.')
              .append(frame.getMethodName()).append(':').append(frame.getLineNumber());
        }
      }
      System.out.println(line);
    }
    statements.get(sql == null ? Category.OTHER : categorize(sql)).increment();
    if (sql != null) {
      byTable.computeIfAbsent(kindAndTable(sql), k -> new LongAdder()).increment();
    }
  }

  /** Counts per statement kind and first table, most first. */
  Map<String, Long> byTable() {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    byTable.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
        .forEach(e -> counts.put(e.getKey(), e.getValue().sum()));
    return counts;
  }

  void resetTables() {
    byTable.clear();
  }

  static String kindAndTable(String sql) {
    String upper = sql.trim().toUpperCase(Locale.ROOT);
    String kind = upper.split("\\s+", 2)[0];
    Matcher m = FIRST_TABLE.matcher(upper);
    return kind + " " + (m.find() ? m.group(1).replaceAll("[`\"]", "") : "?");
  }

  @FunctionalInterface
  private interface Handler<T> {
    Object handle(T target, Method method, Object[] args) throws Throwable;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
    InvocationHandler invocation = (proxy, method, args) -> switch (method.getName()) {
      // a proxy is equal to itself only: transaction synchronization keys resources by the DataSource
      case "equals" -> args.length == 1 && proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> handler.handle(target, method, args);
    };
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
