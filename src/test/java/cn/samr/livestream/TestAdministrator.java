package cn.samr.livestream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The test database's permanent administrator. camunda-admin must always keep a direct member
 * (security.AdminGroupGuard), so tests that add and remove administrators need one that stays.
 */
@Component
public class TestAdministrator implements ApplicationRunner {

  public static final String ID = "test-keeper-admin";

  private final IdentityService identityService;

  public TestAdministrator(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.createUserQuery().userId(ID).count() == 0) {
      User user = identityService.newUser(ID);
      user.setFirstName("测试");
      user.setLastName("管理员");
      user.setPassword(TestUsers.PASSWORD);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(ID).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.createMembership(ID, Groups.CAMUNDA_ADMIN);
    }
  }
}
