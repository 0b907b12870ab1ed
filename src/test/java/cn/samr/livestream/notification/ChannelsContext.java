package cn.samr.livestream.notification;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with both outgoing channels configured, against servers started inside the test JVM: an SMTP
 * server (GreenMail) and an SMS gateway (the JDK's HttpServer) that records each request and answers as told. One
 * Spring context for every class extending this (the same dynamic properties), the SMS timeout shortened to 1 s.
 */
@IntegrationTest
@Officers
abstract class ChannelsContext {

  static final String SMS_TOKEN = "test-gateway-token";
  static final GreenMail SMTP;
  static final int SMTP_PORT;
  static final Gateway GATEWAY = new Gateway();

  static {
    SMTP_PORT = freePort();
    SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    SMTP.start();
  }

  @DynamicPropertySource
  static void channels(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP_PORT);
    properties.add("livestream.notification.mail.from", () -> "notice@livestream.test");
    properties.add("livestream.notification.sms.url", () -> "http://127.0.0.1:" + GATEWAY.port() + "/sms");
    properties.add("livestream.notification.sms.token", () -> SMS_TOKEN);
    properties.add("livestream.notification.sms.timeout", () -> "PT1S");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One request the gateway received. */
  record SmsRequest(String authorization, String contentType, String body) {
  }

  /** The SMS gateway: answers {@link #status} (200 unless told), or hangs until released when {@link #hang}. */
  static final class Gateway {
    final List<SmsRequest> requests = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile CountDownLatch hang;
    private final HttpServer server;

    Gateway() {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.setExecutor(Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-sms-gateway");
        thread.setDaemon(true);
        return thread;
      }));
      server.createContext("/sms", exchange -> {
        try (InputStream in = exchange.getRequestBody()) {
          requests.add(new SmsRequest(exchange.getRequestHeaders().getFirst("Authorization"),
              exchange.getRequestHeaders().getFirst("Content-Type"), new String(in.readAllBytes(),
              StandardCharsets.UTF_8)));
        }
        CountDownLatch latch = hang;
        if (latch != null) {
          try {
            latch.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    void reset() {
      CountDownLatch latch = hang;
      hang = null;
      if (latch != null) {
        latch.countDown();
      }
      status = 200;
      requests.clear();
    }
  }
}
