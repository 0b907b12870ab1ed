package cn.samr.livestream.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestAdministrator;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.RegisteredComplaint;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rough edges of the webapps an officer met in a real browser (issue 17), each tried in headless Chromium: the
 * charts page opens with the Welcome page's login (it stayed on 「正在读取…」 before: its /api call took HTTP Basic
 * only); the vendor's red Camunda 8 banner is gone from Tasklist and Cockpit but kept in Admin; Tasklist's sort header
 * names the due date the filters sort by (it said 创建时间); Cockpit's variables table has no English 「Actions」.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebappsRoughEdgesBrowserTest {

  static final By BANNER = By.cssSelector(".ce-eol-banner");
  static final By SORT_BY = By.cssSelector("li.sorting-choice .sort-by");

  @Autowired ComplaintIntakeService intake;
  @LocalServerPort int port;

  @RegisterExtension static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

  HeadlessChromium chromium;
  ChromeDriver browser;
  String officer;

  @BeforeAll
  void createUser(TestUsers users) {
    chromium = CHROMIUM.chromium();
    browser = CHROMIUM.driver();
    officer = users.create("rough-edges-baoshan-officer", "district-310113");
  }

  @Test
  void theChartsPageOpensWithTheWelcomeLoginWithoutASecondOne() {
    chromium.logInToWelcome(port, officer);
    browser.get(url("/reports/monthly.html"));

    WebElement content = chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
    assertThat(content.findElement(By.id("table")).getText()).as("the statistics table is drawn").isNotBlank();
    assertThat(browser.findElement(By.id("message")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("正在读取");
  }

  @Test
  void withoutTheWebappsLoginTheChartsPageSaysToLogIn() {
    browser.get(url("/reports/monthly.html"));

    WebElement message = chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
    assertThat(message.getText()).contains("请先在 Camunda 首页登录");
    assertThat(browser.findElement(By.id("content")).isDisplayed()).isFalse();
  }

  @Test
  void tasklistShowsNoMigrationBannerAndItsSortHeaderNamesTheDueDate() {
    chromium.logInToWelcome(port, officer);
    browser.get(url("/camunda/app/tasklist/default/"));

    // located afresh on each try: Tasklist draws the header again once the address names the sorting
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(SORT_BY, "到期日期"));
    assertThat(browser.getCurrentUrl()).contains("sorting=").contains("dueDate");
    assertThat(browser.findElements(SORT_BY)).as("one sorting, the filters' own").hasSize(1);
    assertBannerHidden();
  }

  @Test
  void cockpitNamesTheVariablesTablesActionsColumnInChineseAndShowsNoBanner() {
    RegisteredComplaint complaint = intake.register(ComplaintFixtures.baoshanMerchant(LocalDateTime.now()), "test");
    logInAsAdministrator();
    browser.get(url("/camunda/app/cockpit/default/#/process-instance/" + complaint.processInstanceId() + "/runtime"));

    By actions = By.cssSelector("[cam-widget-variables-table] thead td.actions");
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(actions, "操作"));
    assertThat(browser.findElement(actions).getText()).doesNotContain("Actions");
    assertBannerHidden();
  }

  @Test
  void adminKeepsTheMigrationBannerForTheAdministrators() {
    logInAsAdministrator();
    browser.get(url("/camunda/app/admin/default/"));

    WebElement banner = chromium.await().until(ExpectedConditions.visibilityOfElementLocated(BANNER));
    assertThat(banner.getText()).contains("Camunda 8");
  }

  private void logInAsAdministrator() {
    chromium.logInToWelcome(port, TestAdministrator.ID);
  }

  /** The banner is in the page (so its absence is not just "not rendered yet") and not shown. */
  private void assertBannerHidden() {
    List<WebElement> banners = chromium.await().until(ExpectedConditions.presenceOfAllElementsLocatedBy(BANNER));
    assertThat(banners).allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
