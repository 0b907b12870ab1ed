package cn.samr.livestream.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's database identity provider with a login lock that ends by itself.
 *
 * <p>Camunda delays each wrong password (loginDelayBase × loginDelayFactor^n seconds, at most
 * loginDelayMaxTime) and after loginMaxAttempts wrong ones locks the account until an administrator
 * unlocks it: anyone who knows an officer's user id could lock it for good in minutes, anonymously.
 * Here the last lock lasts {@code lockPeriod} (livestream.security.login.account-lock-minutes) and is
 * renewed by every further wrong password; the right password after it unlocks; the administrator can
 * unlock earlier (Admin → user → 解锁 / Unlock, POST /engine-rest/user/{id}/unlock). Each such lock is one
 * audit line (the user id, never a password). Addresses are throttled separately: {@link LoginThrottleFilter}.
 */
public class LockingIdentityProvider extends DbIdentityServiceProvider {

  private static final Logger LOG = LoggerFactory.getLogger(LockingIdentityProvider.class);

  private final Duration lockPeriod;

  public LockingIdentityProvider(Duration lockPeriod) {
    this.lockPeriod = lockPeriod;
  }

  /** Locked while the lock's time has not passed, however many attempts failed (Camunda: for ever from loginMaxAttempts). */
  @Override
  protected boolean isUserLocked(UserEntity user) {
    Date until = user.getLockExpirationTime();
    return until != null && until.after(ClockUtil.getCurrentTime());
  }

  @Override
  protected void lockUser(UserEntity user) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    int attempts = user.getAttempts() + 1;
    if (attempts < configuration.getLoginMaxAttempts()) {
      super.lockUser(user); // the short, growing delay
      return;
    }
    Date until = new Date(ClockUtil.getCurrentTime().getTime() + lockPeriod.toMillis());
    LOG.warn("登录失败{}次，账户锁定至{} / account locked after {} failed logins: user={} until={}",
        attempts, shown(until), attempts, user.getId(), shown(until));
    getIdentityInfoManager().updateUserLock(user, attempts, until);
  }

  private static OffsetDateTime shown(Date time) {
    return OffsetDateTime.ofInstant(time.toInstant(), ZoneId.systemDefault());
  }
}
