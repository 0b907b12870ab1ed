package cn.samr.livestream.webapp;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser tests' shared set-up, registered as a static {@code @RegisterExtension}: one headless Chromium per test
 * class, started before the class's own {@code @BeforeAll} methods, its session forgotten after each test (a log-out),
 * quit after the class. Where /usr/bin/chromium is not installed every test of the class is skipped (.ci/run
 * installs it).
 */
public final class ChromiumPerClass implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback {

  private HeadlessChromium chromium;

  @Override
  public void beforeAll(ExtensionContext context) {
    chromium = HeadlessChromium.startIfInstalled();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(chromium != null, "no " + HeadlessChromium.CHROMIUM + ": the browser test is skipped");
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (chromium != null) {
      chromium.logOut();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }

  /** The class's browser; null before the class starts or where Chromium is not installed. */
  public HeadlessChromium chromium() {
    return chromium;
  }

  public ChromeDriver driver() {
    return chromium == null ? null : chromium.driver();
  }
}
