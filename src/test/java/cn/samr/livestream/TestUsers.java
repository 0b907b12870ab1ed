package cn.samr.livestream;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Real Camunda users for tests that log in over HTTP; removed again after the test class. */
public final class TestUsers {

  public static final String PASSWORD = "test-Passw0rd";

  private final IdentityService identityService;
  private final List<String> created = new ArrayList<>();

  public TestUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String create(String id, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("测试");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      for (String group : groups) {
        identityService.createMembership(id, group);
      }
      created.add(id);
    }
    return id;
  }

  public void removeAll() {
    created.forEach(identityService::deleteUser);
    created.clear();
  }
}
