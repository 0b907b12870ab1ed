package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the API reads of the transfers; the controller decides who may read which. */
@Service
@Transactional(readOnly = true)
public class DepartmentTransferQueries {

  private final DepartmentTransferMapper transfers;
  private final GovernanceEvents events;
  private final EnforcementRecords records;
  private final OrganizationService organization;

  public DepartmentTransferQueries(DepartmentTransferMapper transfers, GovernanceEvents events,
      EnforcementRecords records, OrganizationService organization) {
    this.transfers = transfers;
    this.events = events;
    this.records = records;
    this.organization = organization;
  }

  public Optional<DepartmentTransfer> byNo(String transferNo) {
    return transfers.findByNo(transferNo);
  }

  public List<Long> subjectIds(long transferId) {
    return transfers.findSubjectIds(transferId);
  }

  public List<RecordEvent> events(DepartmentTransfer transfer) {
    return events.of(GovernanceRecordKind.TRANSFER, transfer.getId());
  }

  /** The letter's 文号, once issued. */
  public Optional<String> letterNo(DepartmentTransfer transfer) {
    return transfer.getActionId() == null ? Optional.empty()
        : records.byId(transfer.getActionId()).map(EnforcementAction::getDocumentNo);
  }

  /** Every unit's code (the controller keeps those whose records the caller reads). */
  public List<String> unitCodes() {
    return organization.activeUnits().stream().map(OrgUnit::getCode).toList();
  }

  /** The transfers of these units (every unit when null; none when empty), filtered, newest first. */
  public List<DepartmentTransfer> search(List<String> units, Long subjectId, Department department, Boolean overdue,
      int limit) {
    if (units != null && units.isEmpty()) {
      return List.of();
    }
    return transfers.search(units, subjectId, department, overdue, limit);
  }
}
