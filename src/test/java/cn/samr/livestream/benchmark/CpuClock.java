package cn.samr.livestream.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and, when the database is a MariaDB/MySQL server on this machine, by its process (read
 * from /proc: utime + stime in clock ticks of 10 ms). Lets the benchmark say what a lifecycle costs, not only how
 * long it took on a machine other work shares.
 */
final class CpuClock {

  /** Linux's USER_HZ: /proc/PID/stat counts in hundredths of a second. */
  static final double MILLIS_PER_TICK = 10.0;

  private final Optional<Path> databaseStat;

  private CpuClock(Optional<Path> databaseStat) {
    this.databaseStat = databaseStat;
  }

  /** CPU milliseconds: this JVM's, and the database server's or -1 when it cannot be read. */
  record Reading(double javaMillis, double databaseMillis) {

    Reading minus(Reading before) {
      return new Reading(javaMillis - before.javaMillis,
          databaseMillis < 0 || before.databaseMillis < 0 ? -1 : databaseMillis - before.databaseMillis);
    }
  }

  static CpuClock forDatabase(String databaseDescription) {
    boolean server = databaseDescription.startsWith("MariaDB") || databaseDescription.startsWith("MySQL");
    return new CpuClock(server ? serverStat() : Optional.empty());
  }

  Reading read() {
    double java = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e6;
    return new Reading(java, databaseStat.map(CpuClock::ticks).orElse(-1.0));
  }

  private static double ticks(Path stat) {
    try {
      // the command may contain spaces: the fields after its closing parenthesis are fixed
      String line = Files.readString(stat);
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static Optional<Path> serverStat() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(p -> {
            try {
              String name = Files.readString(p.resolve("comm")).trim();
              return name.equals("mariadbd") || name.equals("mysqld");
            } catch (IOException e) {
              return false;
            }
          })
          .map(p -> p.resolve("stat")).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
