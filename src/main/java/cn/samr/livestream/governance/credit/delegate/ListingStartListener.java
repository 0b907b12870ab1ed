package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.access.InstanceReadGrants;
import cn.samr.livestream.governance.credit.CreditListingIntakeService;
import cn.samr.livestream.governance.credit.ListingGround;
import cn.samr.livestream.governance.credit.ListingKind;
import cn.samr.livestream.governance.credit.ListingRequest;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.CommandScopedVariables;
import cn.samr.livestream.shared.StartFormReader;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of credit-listing. Through the API the proposal is stored already; by message Msg_CreditListingProposed a
 * case's penalty decision proposes it; from the Tasklist start form (拟列入信用名单) the form's fields are stored as
 * the API would, for the head's unit. Whichever way, the listing unit's officers and heads read the instance.
 */
@Component
public class ListingStartListener implements ExecutionListener {

  /** Every field of forms/credit-listing-proposal.form. */
  static final List<String> FORM_FIELDS = List.of(KIND.name(), SUBJECT_ID.name(), CASE_NO.name(), GROUND.name(),
      REASON.name(), FOUND_ON.name(), LISTING_UNIT.name());

  private final CreditListingIntakeService intake;
  private final IdentityService identityService;
  private final InstanceReadGrants instanceGrants;

  public ListingStartListener(CreditListingIntakeService intake, IdentityService identityService,
      InstanceReadGrants instanceGrants) {
    this.intake = intake;
    this.identityService = identityService;
    this.instanceGrants = instanceGrants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (LISTING_ID.get(execution) == null) {
      store(execution);
    }
    instanceGrants.grantReading(execution, LISTING_UNIT.require(execution));
  }

  private void store(DelegateExecution execution) {
    Long caseId = CASE_ID.get(execution);
    if (caseId != null) {
      ListingKind kind = ListingKind.valueOf(java.util.Objects.requireNonNullElse(KIND.get(execution),
          ListingKind.SERIOUS_ILLEGAL.name()));
      String ground = GROUND.get(execution);
      CommandScopedVariables.discard(execution, List.of(KIND.name(), GROUND.name()));
      intake.proposeFromCase(caseId, kind, ground == null ? null : ListingGround.valueOf(ground), execution);
      return;
    }
    StartFormReader form = new StartFormReader(execution);
    ListingKind kind = form.choice(KIND, ListingKind.class);
    ListingGround ground = form.choice(GROUND, ListingGround.class);
    LocalDate found = form.date(FOUND_ON);
    form.throwIfAny();
    ListingRequest request = new ListingRequest(kind, SUBJECT_ID.get(execution), CASE_NO.get(execution), ground,
        REASON.get(execution), found, LISTING_UNIT.get(execution));
    CommandScopedVariables.discard(execution, FORM_FIELDS);
    Authentication authentication = identityService.getCurrentAuthentication();
    intake.proposeInProcess(request, Actors.current(identityService),
        authentication == null ? null : authentication.getGroupIds(), execution);
  }
}
