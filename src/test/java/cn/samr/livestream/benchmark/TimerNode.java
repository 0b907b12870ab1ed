package cn.samr.livestream.benchmark;

import cn.samr.livestream.Application;
import cn.samr.livestream.shared.Times;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * One application node of the timers scenario, in a JVM of its own ({@link TimerScale} starts two): the whole
 * application as production runs it — profile {@code mysql} only, so the job executor is on with the settings of
 * application.yaml — on the shared database. Prints {@value #READY} once started; runs until its process is ended.
 */
public final class TimerNode {

  static final String READY = "TIMER NODE READY";

  private TimerNode() {
  }

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(Times.ZONE));
    String[] arguments = Stream.concat(Stream.of("--server.port=0"), Stream.of(args)).toArray(String[]::new);
    new SpringApplicationBuilder(Application.class).profiles("mysql").run(arguments);
    System.out.println(READY + " " + System.getProperty("benchmark.node"));
  }
}
