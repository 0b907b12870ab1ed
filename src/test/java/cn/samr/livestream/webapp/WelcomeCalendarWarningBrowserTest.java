package cn.samr.livestream.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.calendar.HolidayCalendars;
import cn.samr.livestream.calendar.TestCalendarYears;
import cn.samr.livestream.shared.Times;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Welcome page as a person sees it, in a real browser: Debian's headless Chromium logs in through the Welcome
 * login form, and the page shows the warning that next year's holiday calendar is missing — to an administrator on
 * 1 November, not to an officer, and to nobody on 31 October. The engine clock is moved to 2034, whose next year no
 * file and no other test enters. Skipped only where /usr/bin/chromium is not installed (.ci/run installs it).
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WelcomeCalendarWarningBrowserTest {

  static final int NEXT_YEAR = 2035;
  static final LocalDateTime OCTOBER_31 = LocalDateTime.of(2034, 10, 31, 9, 0);
  static final LocalDateTime NOVEMBER_1 = LocalDateTime.of(2034, 11, 1, 9, 0);
  static final By ALERT = By.id("livestream-calendar-warning");
  // set by the plugin once the status call is answered: without it, "no alert" could just mean "not yet"
  static final By STATUS_HANDLED = By.cssSelector("[data-calendar-status]");

  @Autowired JdbcTemplate jdbc;
  @Autowired HolidayCalendars calendars;
  @LocalServerPort int port;

  @RegisterExtension static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

  HeadlessChromium chromium;
  ChromeDriver browser;
  String admin;
  String officer;

  @BeforeAll
  void createUsers(TestUsers users) {
    chromium = CHROMIUM.chromium();
    browser = CHROMIUM.driver();
    admin = users.create("welcome-admin", "camunda-admin");
    officer = users.create("welcome-baoshan-officer", "district-310113");
    removeNextYear();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  void removeNextYear() {
    TestCalendarYears.remove(jdbc, calendars, NEXT_YEAR);
  }

  @Test
  void on1NovemberTheAdministratorSeesTheWarningAboveTheApplications() throws IOException {
    setClock(NOVEMBER_1);
    logInToWelcome(admin);
    assertThat(handledStatus()).isEqualTo("warning");
    WebElement alert = browser.findElement(ALERT);
    assertThat(alert.isDisplayed()).isTrue();
    assertThat(alert.getDomAttribute("class")).contains("alert").contains("alert-warning");
    assertThat(alert.getText()).contains("2035 年节假日安排尚未录入：伸入 2035 年的期限暂按周末计算")
        .contains("PUT /api/calendar/2035");
    // at the top: above the page's applications section
    WebElement applications = browser.findElement(By.cssSelector(".welcome-page"));
    assertThat(alert.getRect().getY()).isLessThan(applications.getRect().getY());
    // what the administrator saw, for a person to look at: target/welcome-calendar-warning.png
    Files.write(Path.of("target", "welcome-calendar-warning.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void on1NovemberAnOfficerSeesNoWarning() {
    setClock(NOVEMBER_1);
    logInToWelcome(officer);
    assertThat(handledStatus()).isEqualTo("none");
    assertThat(browser.findElements(ALERT)).isEmpty();
  }

  @Test
  void on31OctoberNobodySeesTheWarning() {
    setClock(OCTOBER_31);
    logInToWelcome(admin);
    assertThat(handledStatus()).isEqualTo("none");
    assertThat(browser.findElements(ALERT)).isEmpty();
  }

  private void logInToWelcome(String user) {
    chromium.logInToWelcome(port, user);
  }

  private String handledStatus() {
    return chromium.await()
        .until(ExpectedConditions.presenceOfElementLocated(STATUS_HANDLED)).getDomAttribute("data-calendar-status");
  }

  static void setClock(LocalDateTime beijing) {
    ClockUtil.setCurrentTime(Date.from(beijing.atZone(Times.ZONE).toInstant()));
  }
}
