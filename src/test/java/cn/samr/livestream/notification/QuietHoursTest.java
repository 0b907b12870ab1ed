package cn.samr.livestream.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quiet hours across midnight, within a day, and none; the window's end is the first moment out of it. */
class QuietHoursTest {

  @ParameterizedTest(name = "{0}–{1} at {2} → {3}")
  @CsvSource({
      "22:00, 07:30, 2030-04-09T21:59:59, 2030-04-09T21:59:59",
      "22:00, 07:30, 2030-04-09T22:00,    2030-04-10T07:30",
      "22:00, 07:30, 2030-04-09T23:59,    2030-04-10T07:30",
      "22:00, 07:30, 2030-04-10T00:00,    2030-04-10T07:30",
      "22:00, 07:30, 2030-04-10T07:29,    2030-04-10T07:30",
      "22:00, 07:30, 2030-04-10T07:30,    2030-04-10T07:30",
      "22:00, 07:30, 2030-04-10T12:00,    2030-04-10T12:00",
      "12:00, 14:00, 2030-04-10T11:59,    2030-04-10T11:59",
      "12:00, 14:00, 2030-04-10T12:00,    2030-04-10T14:00",
      "12:00, 14:00, 2030-04-10T14:00,    2030-04-10T14:00",
      "00:00, 00:00, 2030-04-10T03:00,    2030-04-10T03:00"})
  void postponesToTheWindowsEnd(LocalTime from, LocalTime to, LocalDateTime at, LocalDateTime expected) {
    assertThat(new QuietHours(from, to).postpone(at)).isEqualTo(expected);
  }
}
