package cn.samr.livestream.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.CreditClass;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import cn.samr.livestream.subject.SupervisedSubjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** SpotCheckAssignmentMapper, SpotCheckMapper and org_unit.spot_check_quota. */
@MapperTest
class MonitoringMapperTest {

  static final LocalDateTime CREATED = LocalDateTime.of(2030, 1, 1, 0, 5);

  @Autowired SpotCheckAssignmentMapper assignments;
  @Autowired SpotCheckMapper checks;
  @Autowired OrganizationService organization;
  @Autowired SupervisedSubjectMapper subjects;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theQuotaOfEveryDistrictIsStoredFromTheOrganisationFile() {
    assertThat(organization.activeDistricts()).hasSize(18)
        .allSatisfy(unit -> assertThat(unit.getSpotCheckQuota()).isEqualTo(OrgUnit.DEFAULT_SPOT_CHECK_QUOTA));
  }

  /**
   * 重点监测对象: the register's query (district, class D then C, live rooms/streamers/room operators first, merged
   * records never, the limit) and the assignment's stored list in its order.
   */
  @Test
  void readsTheDistrictsClassDThenCSubjectsAndStoresThemWithTheAssignment() {
    String district = "310117";
    long merchantC = subject(SubjectType.MERCHANT, "松江C类商行", "91310117MA1FOCUS01", null, district, CreditClass.C);
    long roomC = subject(SubjectType.LIVE_ROOM, "松江C类直播间", null, "room-focus-c", district, CreditClass.C);
    long merchantD = subject(SubjectType.MERCHANT, "松江D类商行", "91310117MA1FOCUS02", null, district, CreditClass.D);
    long roomD = subject(SubjectType.LIVE_ROOM, "松江D类直播间", null, "room-focus-d", district, CreditClass.D);
    subject(SubjectType.LIVE_ROOM, "松江B类直播间", null, "room-focus-b", district, CreditClass.B);
    subject(SubjectType.LIVE_ROOM, "松江A类直播间", null, "room-focus-a", district, CreditClass.A);
    subject(SubjectType.LIVE_ROOM, "嘉定D类直播间", null, "room-focus-other", "310114", CreditClass.D);
    long merged = subject(SubjectType.LIVE_ROOM, "松江D类已并入", null, "room-focus-merged", district, CreditClass.D);
    jdbc.update("UPDATE supervised_subject SET merged_into = ? WHERE id = ?", roomD, merged);

    assertThat(subjects.findFocusSubjects(district, List.of(CreditClass.D, CreditClass.C), 10))
        .extracting(SupervisedSubject::getId).containsExactly(roomD, merchantD, roomC, merchantC);
    assertThat(subjects.findFocusSubjects(district, List.of(CreditClass.D, CreditClass.C), 3))
        .extracting(SupervisedSubject::getId).containsExactly(roomD, merchantD, roomC);

    SpotCheckAssignment assignment = assignment("district-310117", "2030-02");
    assignments.insert(assignment);
    assignments.insertFocusSubjects(List.of(new FocusSubject(assignment.getId(), 2, merchantD, CreditClass.D),
        new FocusSubject(assignment.getId(), 1, roomD, CreditClass.D),
        new FocusSubject(assignment.getId(), 3, roomC, CreditClass.C)));
    assertThat(assignments.findFocusSubjects(assignment.getId()))
        .extracting(FocusSubject::getPosition, FocusSubject::getSubjectId, FocusSubject::getCreditClass)
        .containsExactly(tuple(1, roomD, CreditClass.D), tuple(2, merchantD, CreditClass.D),
            tuple(3, roomC, CreditClass.C));
    assertThatThrownBy(() -> assignments.insertFocusSubjects(
        List.of(new FocusSubject(assignment.getId(), 1, merchantC, CreditClass.C))))
        .isInstanceOf(DuplicateKeyException.class);
  }

  private long subject(SubjectType type, String name, String creditCode, String account, String district,
      CreditClass creditClass) {
    SupervisedSubject subject = new SupervisedSubject();
    subject.setSubjectType(type);
    subject.setName(name);
    subject.setCreditCode(creditCode);
    subject.setPlatformName(account == null ? null : "抖音");
    subject.setAccountId(account);
    subject.setDistrictCode(district);
    subject.setCreatedAt(CREATED);
    subjects.insert(subject);
    subjects.insertRole(subject.getId(), type, CREATED);
    subjects.updateCreditClass(subject.getId(), creditClass, CREATED, "测试");
    return subject.getId();
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
