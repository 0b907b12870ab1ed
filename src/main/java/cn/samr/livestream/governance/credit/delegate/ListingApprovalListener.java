package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.coordination.DepartmentFields;
import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.ProcessVariable;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 负责人审批: the decision, its note and the departments the head adds to the joint-punishment notices (a checkbox
 * per department, department_TAX …, or their names in extraDepartments); the gateway reads the decision in this
 * command only, and none of the fields is kept (issue 15).
 */
@Component
public class ListingApprovalListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public ListingApprovalListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> departments = DepartmentFields.chosen(task, DepartmentFields.DEPARTMENT_PREFIX,
        EXTRA_DEPARTMENTS.name());
    for (String field : DepartmentFields.names(DepartmentFields.DEPARTMENT_PREFIX)) {
      ProcessVariable.of(field, Object.class).take(task);
    }
    EXTRA_DEPARTMENTS.take(task);
    listings.approve(LISTING_ID.require(task), LISTING_APPROVED.take(task), APPROVAL_NOTE.take(task),
        String.join(",", departments), Actors.of(task, identityService));
  }
}
