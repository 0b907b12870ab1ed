package cn.samr.livestream.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

class HolidayCalendarDataTest {

  @TempDir
  Path dir;

  @Test
  void loadsTheShippedYears() {
    HolidayCalendarData data = HolidayCalendarData.loadFromClasspath();
    assertThat(data.years()).contains(2023, 2024, 2025, 2026);
    assertThat(data.covers(2031)).isFalse();
    assertThat(data.offDay(LocalDate.parse("2026-02-16"))).isTrue();
    assertThat(data.offDay(LocalDate.parse("2025-10-11"))).isFalse();
    assertThat(data.offDay(LocalDate.parse("2026-03-03"))).isNull();
    // 2023.json starts with the last day of 2022
    assertThat(data.offDay(LocalDate.parse("2022-12-31"))).isTrue();
  }

  @Test
  void yearNotMatchingFileNameFailsNamingTheFile() throws IOException {
    Resource file = write("2027.json", "{\"year\":2026,\"days\":[]}");
    assertThatThrownBy(() -> new HolidayCalendarData(new Resource[] {file}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2027.json")
        .hasMessageContaining("\"year\" must be 2027");
  }

  @Test
  void unparsableDateFails() throws IOException {
    Resource file = write("2027.json",
        "{\"year\":2027,\"days\":[{\"name\":\"元旦\",\"date\":\"2027-13-01\",\"isOffDay\":true}]}");
    assertThatThrownBy(() -> new HolidayCalendarData(new Resource[] {file}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2027.json")
        .hasMessageContaining("bad date");
  }

  @Test
  void malformedJsonAndMissingFlagFail() throws IOException {
    Resource truncated = write("2027.json", "{\"year\":2027,\"days\":[");
    assertThatThrownBy(() -> new HolidayCalendarData(new Resource[] {truncated}))
        .hasMessageContaining("2027.json");
    Resource noFlag = write("2028.json", "{\"year\":2028,\"days\":[{\"date\":\"2028-01-01\"}]}");
    assertThatThrownBy(() -> new HolidayCalendarData(new Resource[] {noFlag}))
        .hasMessageContaining("2028.json")
        .hasMessageContaining("isOffDay");
  }

  @Test
  void noFilesFails() {
    assertThatThrownBy(() -> new HolidayCalendarData(new Resource[0]))
        .isInstanceOf(IllegalStateException.class);
  }

  private Resource write(String name, String json) throws IOException {
    return new FileSystemResource(Files.writeString(dir.resolve(name), json));
  }
}
