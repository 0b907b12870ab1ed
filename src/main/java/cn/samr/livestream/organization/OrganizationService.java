package cn.samr.livestream.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The organisation as loaded from the organisation file (table org_unit). A unit's officers'
 * Camunda group id is its code; its heads' (负责人) group id is {@link OrgUnit#getHeadGroup()}.
 */
@Service
public class OrganizationService {

  private final OrgUnitMapper mapper;

  public OrganizationService(OrgUnitMapper mapper) {
    this.mapper = mapper;
  }

  /** The unit with this code (= officers' group id), active or not. */
  public Optional<OrgUnit> unit(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(mapper.findByCode(code));
  }

  /** The unit, active or not, whose officers' group or heads' group this is. */
  public Optional<OrgUnit> unitOfGroup(String groupId) {
    return groupId == null ? Optional.empty() : Optional.ofNullable(mapper.findByGroup(groupId));
  }

  /** The active district bureau for an administrative division code (310113, LINGANG, AIRPORT). */
  public Optional<OrgUnit> districtByCode(String districtCode) {
    if (districtCode == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(mapper.findByDistrictCode(districtCode))
        .filter(unit -> unit.isActive() && unit.isDistrict());
  }

  /** Active district bureaus in display order. */
  public List<OrgUnit> activeDistricts() {
    return mapper.findAll().stream()
        .filter(unit -> unit.isActive() && unit.isDistrict())
        .toList();
  }

  /** Active units of every kind in display order. */
  public List<OrgUnit> activeUnits() {
    return mapper.findAll().stream().filter(OrgUnit::isActive).toList();
  }

  /**
   * The group of the unit's heads (负责人), who approve; the unit's own (officers') group when the
   * unit has no heads' group.
   *
   * @throws IllegalArgumentException if there is no unit with this code
   */
  public String headGroupOf(String unitCode) {
    OrgUnit unit = unit(unitCode)
        .orElseThrow(() -> new IllegalArgumentException("Unknown organisation unit: " + unitCode));
    return unit.getHeadGroup() != null ? unit.getHeadGroup() : unit.getCode();
  }

  /** True if an active unit has this code. */
  public boolean isKnownUnit(String code) {
    return unit(code).map(OrgUnit::isActive).orElse(false);
  }
}
