package cn.samr.livestream;

import cn.samr.livestream.shared.Times;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

  public static void main(String[] args) {
    // deadlines are Beijing time whatever the host says; JDBC and the engine clock follow the JVM zone
    TimeZone.setDefault(TimeZone.getTimeZone(Times.ZONE));
    SpringApplication.run(Application.class, args);
  }
}
