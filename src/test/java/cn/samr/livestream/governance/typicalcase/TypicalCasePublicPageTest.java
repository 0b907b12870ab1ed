package cn.samr.livestream.governance.typicalcase;

import static cn.samr.livestream.governance.typicalcase.TypicalCaseFixtures.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService.ProposalRequest;
import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService.ProposedWriteUp;
import cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var;
import cn.samr.livestream.webapp.ChromiumPerClass;
import cn.samr.livestream.webapp.HeadlessChromium;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public typical-cases page in headless Chromium, without any login: the list shows the published case, a click
 * opens it, and the browser holds no cookie of this site afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypicalCasePublicPageTest {

  static final String OFFICER = "page-officer-baoshan";
  static final String TITLE = "上海某网络科技有限公司直播虚假宣传案（公开页面）";

  @Autowired JdbcTemplate jdbc;
  @Autowired ClueIntakeService clueIntake;
  @Autowired TypicalCaseIntakeService intake;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  @RegisterExtension static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

  HeadlessChromium chromium;

  @BeforeAll
  void publishOne() {
    chromium = CHROMIUM.chromium();
    if (chromium == null) {
      return;
    }
    String sourceNo = new TypicalCaseFixtures(jdbc, clueIntake).publishedCase(OFFICER).sourceNo();
    identityService.setAuthentication(OFFICER, List.of(UNIT));
    ProposedWriteUp proposed;
    try {
      proposed = intake.propose(new ProposalRequest(sourceNo), OFFICER);
    } finally {
      identityService.clearAuthentication();
    }
    Map<String, Object> text = TypicalCaseFixtures.cleanDraft();
    text.put(Var.TITLE.name(), TITLE);
    taskService.complete(taskService.createTaskQuery().processInstanceId(proposed.processInstanceId()).singleResult()
        .getId(), text);
    taskService.complete(taskService.createTaskQuery().processInstanceId(proposed.processInstanceId()).singleResult()
        .getId(), Map.of(Var.WRITE_UP_DECISION.name(), WriteUpDecision.APPROVE.name()));
  }

  @Test
  void anyoneReadsThePublishedCaseWithoutLoginOrCookies() {
    var browser = chromium.driver();
    browser.get("http://localhost:" + port + "/public/typical-cases.html");
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "共 "));
    WebElement link = chromium.await().until(ExpectedConditions.elementToBeClickable(By.linkText(TITLE)));
    link.click();
    WebElement detail = chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"), TITLE));
    assertThat(detail.getText()).contains("案情").contains("某网络主播").contains("典型意义")
        .contains("宝山区市场监督管理局");
    assertThat(browser.manage().getCookies()).isEmpty();
  }
}
