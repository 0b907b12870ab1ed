package cn.samr.livestream.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.complaint.RegisteredComplaint;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register page (监管对象名录库) as an officer uses it, in headless Chromium: logged in on the Welcome page, the
 * page opens without a second login, finds the merchant of a complaint by name, shows its history with the
 * complaint, and takes a correction that is audited. Without the webapps' login the page says to log in.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterPageBrowserTest {

  static final By READY = By.cssSelector("body[data-register-ready]");

  @Autowired ComplaintIntakeService intake;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @RegisterExtension static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

  HeadlessChromium chromium;
  ChromeDriver browser;
  String officer;

  @BeforeAll
  void createUser(TestUsers users) {
    chromium = CHROMIUM.chromium();
    browser = CHROMIUM.driver();
    officer = users.create("register-baoshan-officer", "district-310113");
  }

  @Test
  void anOfficerFindsTheMerchantOfAComplaintWithItsHistoryAndCorrectsIt() {
    ComplaintRequest request = ComplaintFixtures.baoshanMerchant(LocalDateTime.now());
    RegisteredComplaint complaint = intake.register(request, "test");
    String merchant = request.subjects().merchant().name();

    chromium.logInToWelcome(port, officer);
    browser.get("http://localhost:" + port + "/register/index.html");
    assertThat(ready()).as("signed in with the Welcome page's session, no second login").isEqualTo("true");

    // the page opens with the whole register; the search narrows it to the one merchant
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "共 "));
    browser.findElement(By.id("q")).sendKeys(merchant);
    browser.findElement(By.cssSelector("#search button[type='submit']")).click();
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "共 1 个"));
    WebElement row = browser.findElement(
        By.xpath("//table[@id='results']//tr[td[1][text()='" + merchant + "']]"));
    assertThat(row.getText()).contains("商品经营者").contains(request.subjects().merchant().creditCode());
    String subjectId = row.getDomAttribute("data-subject-id");

    row.findElement(By.tagName("button")).click();
    WebElement detail = chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"),
        complaint.complaintNo()));
    assertThat(detail.findElement(By.id("detail-title")).getText()).isEqualTo(merchant);

    browser.findElement(By.id("edit")).click();
    new Select(browser.findElement(By.cssSelector("#subject-form select[name='riskLevel']"))).selectByValue("HIGH");
    browser.findElement(By.cssSelector("#subject-form button[type='submit']")).click();
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已更正"));
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-fields"), "高"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_change WHERE subject_id = ? AND changed_by = ?",
        Long.class, Long.valueOf(subjectId), officer)).as("the correction is audited").isPositive();
  }

  @Test
  void withoutTheWebappsLoginThePageAsksToLogInAndShowsNothing() {
    browser.get("http://localhost:" + port + "/register/index.html");
    assertThat(ready()).isEqualTo("login");
    assertThat(browser.findElement(By.id("login")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("search")).isDisplayed()).isFalse();
  }

  private String ready() {
    return chromium.await().until(ExpectedConditions.presenceOfElementLocated(READY))
        .getDomAttribute("data-register-ready");
  }
}
