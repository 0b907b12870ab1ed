package cn.samr.livestream.platform.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.CLUE_ID;
import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.PLATFORM_ACTION;
import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.PLATFORM_ACTION_DETAIL;
import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.PLATFORM_ORDER_NO;

import cn.samr.livestream.platform.PlatformOrders;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * clue-verification's Task_SendPlatformOrder (向平台下发指令): the platforms' channel takes the order just issued to
 * the platform concerned, if it is connected. The step lives with the channel, which knows the clue process; the clue
 * feature knows nothing of platforms.
 */
@Component
public class SendPlatformOrderDelegate implements JavaDelegate {

  private final PlatformOrders orders;
  private final IdentityService identityService;

  public SendPlatformOrderDelegate(PlatformOrders orders, IdentityService identityService) {
    this.orders = orders;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.issueForClue(CLUE_ID.require(execution), execution.getProcessInstanceId(), PLATFORM_ACTION.take(execution),
            PLATFORM_ACTION_DETAIL.take(execution), Actors.current(identityService))
        .ifPresent(orderNo -> PLATFORM_ORDER_NO.set(execution, orderNo));
  }
}
