package cn.samr.livestream.security;

import java.time.Duration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps at least one direct member in {@code camunda-admin}, whatever layer asks (Admin webapp,
 * /engine-rest, Java API).
 *
 * <p>Why: Camunda's Admin "initial setup" (/camunda/api/admin/setup/…) lets an anonymous caller
 * create an administrator whenever {@code camunda-admin} has no direct member — also on a running
 * system whose administrators hold their rights through another group or whose last admin was
 * removed. 7.24 CE gets no more patches, so the application closes it: the last direct member can
 * be neither removed from the group nor deleted, and the group itself cannot be deleted.
 * {@link AdminSetupGuard} blocks the setup endpoint as soon as anyone exists. The provider also ends
 * login locks by itself ({@link LockingIdentityProvider}).
 */
@Component
public class AdminGroupGuard extends AbstractProcessEnginePlugin {

  private final Duration accountLockPeriod;

  public AdminGroupGuard(@Value("${livestream.security.login.account-lock-minutes:15}") long accountLockMinutes) {
    this.accountLockPeriod = Duration.ofMinutes(Math.max(1, accountLockMinutes));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return GuardedIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new GuardedIdentityProvider(accountLockPeriod);
      }
    });
  }

  /** The engine's database identity provider, refusing to leave camunda-admin without a direct member. */
  public static class GuardedIdentityProvider extends LockingIdentityProvider {

    public GuardedIdentityProvider(Duration lockPeriod) {
      super(lockPeriod);
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
      if (Groups.CAMUNDA_ADMIN.equals(groupId) && isOnlyAdmin(userId)) {
        throw lastAdmin();
      }
      return super.deleteMembership(userId, groupId);
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
      if (isOnlyAdmin(userId)) {
        throw lastAdmin();
      }
      return super.deleteUser(userId);
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
      if (Groups.CAMUNDA_ADMIN.equals(groupId)) {
        throw new BadUserRequestException("系统管理员组 camunda-admin 不能删除 / The group camunda-admin cannot be deleted");
      }
      return super.deleteGroup(groupId);
    }

    private boolean isOnlyAdmin(String userId) {
      long admins = countAdmins(null);
      return admins == 1 && countAdmins(userId) == 1;
    }

    /** Direct members of camunda-admin (optionally only this user), counted without authorization checks. */
    private long countAdmins(String userId) {
      CommandContext context = Context.getCommandContext();
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        DbUserQueryImpl query = new DbUserQueryImpl();
        query.memberOfGroup(Groups.CAMUNDA_ADMIN);
        if (userId != null) {
          query.userId(userId);
        }
        return findUserCountByQueryCriteria(query);
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    }

    private static BadUserRequestException lastAdmin() {
      return new BadUserRequestException("系统管理员组 camunda-admin 至少保留一名直接成员，请先添加其他管理员 / "
          + "camunda-admin must keep at least one direct member: add another administrator first");
    }
  }
}
