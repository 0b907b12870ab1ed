package cn.samr.livestream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same request from many callers at once, over real HTTP as a busy feed sends it: a thread and a
 * connection per caller, all released together by a start gate once every one of them is ready.
 */
public final class ConcurrentRequests {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private ConcurrentRequests() {
  }

  /** One answer: the status and the body. */
  public record Answer(int status, String body) {
  }

  /** POSTs the JSON body as the {@link TestUsers} user from {@code callers} threads at once. */
  public static List<Answer> post(int port, String path, String user, String json, int callers) throws Exception {
    return send(port, "POST", path, user, json, callers);
  }

  /** Sends the JSON body with {@code method} (and header name/value pairs) from {@code callers} threads at once. */
  public static List<Answer> send(int port, String method, String path, String user, String json, int callers,
      String... headers) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    String login = Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Basic " + login)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    HttpRequest request = builder.build();
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch ready = new CountDownLatch(callers);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Answer>> sent = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        sent.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          return new Answer(response.statusCode(), response.body());
        }));
      }
      if (!ready.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("callers not ready");
      }
      start.countDown();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> answer : sent) {
        answers.add(answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many answers had each status, e.g. {201=1, 409=19}. */
  public static Map<Integer, Long> statuses(List<Answer> answers) {
    Map<Integer, Long> counts = new TreeMap<>();
    answers.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
    return counts;
  }

  /** Exactly one 201 and a 409 for every other caller; the message names the first odd answers' bodies. */
  public static void assertOneCreatedTheRestConflicting(List<Answer> answers) {
    String odd = answers.stream().filter(a -> a.status() != 201 && a.status() != 409).map(Answer::body).distinct()
        .limit(3).toList().toString();
    assertThat(statuses(answers)).as(odd)
        .isEqualTo(Map.of(201, 1L, 409, (long) answers.size() - 1));
  }

  /** The body of the one 201. */
  public static String created(List<Answer> answers) {
    return answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().body();
  }

  /**
   * The copies that lost gave their numbers back: the day's sequence of a number such as
   * {@code TS-20261206-00007} stands at that number.
   */
  public static void assertSequenceStandsAt(JdbcTemplate jdbc, String number) {
    String day = number.substring(0, number.lastIndexOf('-'));
    assertThat(jdbc.queryForObject(
            "SELECT last_value FROM number_sequence WHERE seq_key = ?", Long.class, day))
        .isEqualTo(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
  }
}
