package cn.samr.livestream.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/** SpotCheckAssignmentMapper, SpotCheckMapper and org_unit.spot_check_quota. */
@MapperTest
class MonitoringMapperTest {

  static final LocalDateTime CREATED = LocalDateTime.of(2030, 1, 1, 0, 5);

  @Autowired SpotCheckAssignmentMapper assignments;
  @Autowired SpotCheckMapper checks;
  @Autowired OrganizationService organization;

  @Test
  void theQuotaOfEveryDistrictIsStoredFromTheOrganisationFile() {
    assertThat(organization.activeDistricts()).hasSize(18)
        .allSatisfy(unit -> assertThat(unit.getSpotCheckQuota()).isEqualTo(OrgUnit.DEFAULT_SPOT_CHECK_QUOTA));
  }

  @Test
  void storesAnAssignmentOncePerUnitAndMonthWithItsChecksAndClose() {
    SpotCheckAssignment assignment = assignment("district-310113", "2030-01");
    assignments.insert(assignment);
    assertThat(assignment.getId()).isNotNull();
    assertThatThrownBy(() -> assignments.insert(assignment("district-310113", "2030-01")))
        .isInstanceOf(DuplicateKeyException.class);
    assignments.insert(assignment("district-310115", "2030-01"));
    assertThat(assignments.findByMonth("2030-01")).extracting(SpotCheckAssignment::getUnitCode)
        .containsExactly("district-310113", "district-310115");
    assertThat(assignments.findIdsByProcessInstance("pi-mapper-test")).hasSize(2).startsWith(assignment.getId());

    SpotCheck check = new SpotCheck();
    check.setAssignmentId(assignment.getId());
    check.setCheckDate(LocalDate.of(2030, 1, 8));
    check.setPlatform("淘宝直播");
    check.setLiveRoom("某某理财课堂");
    check.setProductOrService("保本高收益理财产品");
    check.setFocusArea(FocusArea.FINANCE);
    check.setCheckResult(SpotCheckResult.SUSPECTED_VIOLATION);
    check.setViolationCategory(ViolationCategory.ADVERTISING);
    check.setDescription("宣称保本保收益");
    check.setSamplingDone(true);
    check.setSamplingResult(SamplingResult.UNQUALIFIED);
    check.setRecordedBy("mapper-test");
    check.setRecordedAt(CREATED);
    checks.insert(check);
    checks.updateClueId(check.getId(), 4711L);

    SpotCheck stored = checks.findByAssignment(assignment.getId()).get(0);
    assertThat(stored).usingRecursiveComparison().ignoringFields("clueId").isEqualTo(check);
    assertThat(stored.getClueId()).isEqualTo(4711L);
    assertThat(checks.countByAssignment(assignment.getId())).isOne();

    assignments.markReminded(assignment.getId(), CREATED.plusDays(19));
    assignment.setStatus(AssignmentStatus.CLOSED);
    assignment.setQuotaMet(false);
    assignment.setChecksRecorded(1);
    assignment.setClosedAt(CREATED.plusDays(30));
    assignment.setClosedBy("system");
    assertThat(assignments.close(assignment)).isOne();
    assertThat(assignments.close(assignment)).as("closed once").isZero();
    SpotCheckAssignment closed = assignments.findById(assignment.getId()).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(AssignmentStatus.CLOSED);
    assertThat(closed.getQuotaMet()).isFalse();
    assertThat(closed.getChecksRecorded()).isOne();
    assertThat(closed.getRemindedAt()).isEqualTo(CREATED.plusDays(19));
    assertThat(closed.getFocusAreas()).isEqualTo("FINANCE");
  }

  private static SpotCheckAssignment assignment(String unit, String month) {
    SpotCheckAssignment a = new SpotCheckAssignment();
    a.setUnitCode(unit);
    a.setMonthCode(month);
    a.setQuota(10);
    a.setFocusAreas("FINANCE");
    a.setStatus(AssignmentStatus.OPEN);
    a.setProcessInstanceId("pi-mapper-test");
    a.setCreatedAt(CREATED);
    return a;
  }
}
