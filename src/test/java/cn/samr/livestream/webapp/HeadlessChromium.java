package cn.samr.livestream.webapp;

import cn.samr.livestream.TestUsers;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the tests of pages people use, with the flags a root user needs on a closed
 * network, and Debian's ChromeDriver named (Selenium Manager would otherwise try to download one). The browser
 * tests share it: start it once per class, log in through the Camunda login form like a person.
 */
public final class HeadlessChromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** The browser, or null where /usr/bin/chromium is not installed (the tests are then skipped; .ci/run installs it). */
  public static HeadlessChromium startIfInstalled() {
    if (!Files.isExecutable(CHROMIUM)) {
      return null;
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1280,1000", "--lang=zh-CN",
        "--accept-lang=zh-CN,zh");
    // an officer's browser in Chinese: the pages' language (navigator.languages, Accept-Language) follows this
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    return new HeadlessChromium(new ChromeDriver(service, options));
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Logs {@code user} (password {@link TestUsers#PASSWORD}) in through the Welcome page's login form. */
  public void logInToWelcome(int port, String user) {
    driver.get("http://localhost:" + port + "/camunda/app/welcome/default/");
    WebElement name = await().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    name.sendKeys(user);
    driver.findElement(By.cssSelector("input[type='password'][ng-model='password']")).sendKeys(TestUsers.PASSWORD);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".welcome-page")));
  }

  /** Forgets the session (cookies), as a log-out would. */
  public void logOut() {
    driver.manage().deleteAllCookies();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
