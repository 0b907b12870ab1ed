package cn.samr.livestream.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The month and quota rules without database or engine. */
class MonitoringServiceTest {

  final SpotCheckAssignmentMapper assignments = mock(SpotCheckAssignmentMapper.class);
  final SpotCheckMapper checks = mock(SpotCheckMapper.class);
  final OrganizationService organization = mock(OrganizationService.class);
  final List<OrgUnit> districts = new ArrayList<>();
  final MonitoringService service = new MonitoringService(assignments, checks, organization, null, null, null,
      Clock.fixed(Times.toDate(LocalDateTime.of(2026, 12, 1, 0, 5)).toInstant(), Times.ZONE), null, null);

  MonitoringServiceTest() {
    when(organization.activeDistricts()).thenAnswer(i -> List.copyOf(districts));
    districts.add(district("district-310113", 10));
    districts.add(district("district-310115", 15));
  }

  @Test
  void aMonthIsOpenedOncePerDistrictWithItsQuota() {
    List<SpotCheckAssignment> opened = service.openMonth(YearMonth.of(2026, 12), "pi-1");

    assertThat(opened).extracting(SpotCheckAssignment::getUnitCode, SpotCheckAssignment::getQuota,
        SpotCheckAssignment::getMonthCode).containsExactly(
            org.assertj.core.groups.Tuple.tuple("district-310113", 10, "2026-12"),
            org.assertj.core.groups.Tuple.tuple("district-310115", 15, "2026-12"));
    assertThat(opened).allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(AssignmentStatus.OPEN));

    when(assignments.findByUnitAndMonth(anyString(), any())).thenReturn(Optional.of(new SpotCheckAssignment()));
    assertThat(service.openMonth(YearMonth.of(2026, 12), "pi-2")).isEmpty();
  }

  @Test
  void aDistrictAddedDuringTheMonthJoinsTheNextMonth() {
    assertThat(service.openMonth(YearMonth.of(2026, 12), "pi-dec")).hasSize(2);
    districts.add(district("district-new", 12));

    // the monthly timer opens January with every district active on the 1st
    assertThat(service.openMonth(YearMonth.of(2027, 1), "pi-jan")).extracting(SpotCheckAssignment::getUnitCode,
        SpotCheckAssignment::getQuota).contains(org.assertj.core.groups.Tuple.tuple("district-new", 12)).hasSize(3);
    verify(assignments, never()).findByUnitAndMonth("district-new", "2026-12");
  }

  @Test
  void deadlinesOfTheMonth() {
    assertThat(service.currentMonth()).isEqualTo(YearMonth.of(2026, 12));
    assertThat(Times.toLocal(service.monthEnd("2026-12"))).isEqualTo(LocalDateTime.of(2026, 12, 31, 23, 59, 59));
    assertThat(Times.toLocal(service.monthEnd("2028-02"))).isEqualTo(LocalDateTime.of(2028, 2, 29, 23, 59, 59));
    assertThat(Times.toLocal(service.reminderAt("2027-01"))).isEqualTo(LocalDateTime.of(2027, 1, 20, 9, 0));
  }

  @Test
  void progressAgainstTheQuota() {
    SpotCheckAssignment a = new SpotCheckAssignment();
    a.setQuota(10);
    when(assignments.findById(7L)).thenReturn(Optional.of(a));
    when(checks.countByAssignment(7L)).thenReturn(4);
    assertThat(service.progressText(7L)).isEqualTo("已抽查 4 / 10");
    assertThat(service.quotaMet(7L)).isFalse();
    when(checks.countByAssignment(7L)).thenReturn(10);
    assertThat(service.quotaMet(7L)).isTrue();
  }

  private static OrgUnit district(String code, int quota) {
    OrgUnit unit = new OrgUnit(code, code, UnitKind.DISTRICT, code.substring(9), code + "-head", true, 1);
    unit.setSpotCheckQuota(quota);
    return unit;
  }
}
