package cn.samr.livestream.governance.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.subject.CreditList;
import cn.samr.livestream.subject.SubjectSearch;
import cn.samr.livestream.subject.SupervisedSubjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * credit_listing, credit_listing_request and credit_notice through their columns; one open listing of a kind per
 * subject (the open key); the register's listing_flags and its ?listed= search.
 */
@MapperTest
class CreditListingMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired CreditListingMapper listings;
  @Autowired SupervisedSubjectMapper register;
  @Autowired JdbcTemplate jdbc;

  long subjectId;

  @BeforeEach
  void subject() {
    jdbc.update("INSERT INTO supervised_subject (subject_type, name, credit_code, district_code, created_at, updated_at)"
        + " VALUES ('MERCHANT', '上海某映射测试有限公司', '91310113MA1MAPPER1', '310113', ?, ?)", AT, AT);
    subjectId = jdbc.queryForObject("SELECT id FROM supervised_subject WHERE credit_code = '91310113MA1MAPPER1'",
        Long.class);
  }

  @Test
  void aListingItsRequestsAndNoticesAreStoredAndReadBack() {
    CreditListing listing = listing(ListingKind.SERIOUS_ILLEGAL, "XY-20260302-90001");
    listings.insert(listing);
    listing.setStatus(ListingStatus.PUBLISHED);
    listing.setListedOn(LocalDate.of(2026, 3, 2));
    listing.setExpiresOn(LocalDate.of(2029, 3, 2));
    listing.setPublishedOn(LocalDate.of(2026, 3, 3));
    listing.setPublicationOverdue(true);
    listing.setStatement("当事人称已整改".repeat(100));
    listing.setApprovalNote("同".repeat(500));
    listings.update(listing);

    CreditListing read = listings.findByNo("XY-20260302-90001").orElseThrow();
    assertThat(read.getKind()).isEqualTo(ListingKind.SERIOUS_ILLEGAL);
    assertThat(read.getGround()).isEqualTo(ListingGround.SERIOUS_PENALTY);
    assertThat(read.getOrigin()).isEqualTo(ListingOrigin.HEAD);
    assertThat(read.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
    assertThat(read.getExpiresOn()).isEqualTo(LocalDate.of(2029, 3, 2));
    assertThat(read.isPublicationOverdue()).isTrue();
    assertThat(read.getStatement()).hasSize(700);
    assertThat(read.getSettingsJson()).contains("statementWorkingDays");
    assertThat(listings.findCurrentKinds(subjectId)).containsExactly(ListingKind.SERIOUS_ILLEGAL);
    assertThat(listings.search(subjectId, null, ListingStatus.PUBLISHED, 10)).hasSize(1);
    assertThat(listings.search(null, ListingKind.ABNORMAL, null, 10)).noneMatch(l -> l.getSubjectId() == subjectId);

    CreditListingRequest request = new CreditListingRequest();
    request.setListingId(read.getId());
    request.setKind(RequestKind.REMOVAL);
    request.setReceivedOn(LocalDate.of(2027, 3, 3));
    request.setGrounds("已履行");
    request.setRecordedBy("officer");
    request.setRecordedAt(AT);
    listings.insertRequest(request);
    request.setDecision(RequestDecision.REFUSED);
    request.setDecisionNote("理".repeat(2000));
    listings.updateRequest(request);
    assertThat(listings.findRequests(read.getId())).singleElement()
        .satisfies(r -> assertThat(r.getDecision()).isEqualTo(RequestDecision.REFUSED));

    CreditNotice notice = new CreditNotice();
    notice.setListingId(read.getId());
    notice.setDepartment(Department.DEVELOPMENT_REFORM);
    notice.setFeedbackWorkingDays(10);
    listings.insertNotice(notice);
    notice.setFeedback("反".repeat(4000));
    notice.setOverdue(true);
    listings.updateNotice(notice);
    assertThat(listings.findNotices(read.getId())).singleElement().satisfies(n -> {
      assertThat(n.getDepartment()).isEqualTo(Department.DEVELOPMENT_REFORM);
      assertThat(n.isOverdue()).isTrue();
      assertThat(n.getFeedback()).hasSize(4000);
    });
    CreditNotice twice = new CreditNotice();
    twice.setListingId(read.getId());
    twice.setDepartment(Department.DEVELOPMENT_REFORM);
    assertThatThrownBy(() -> listings.insertNotice(twice)).isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void oneOpenListingOfAKindPerSubjectAndAnEndedOneFreesTheKey() {
    CreditListing first = listing(ListingKind.ABNORMAL, "XY-20260302-90002");
    listings.insert(first);
    assertThatThrownBy(() -> listings.insert(listing(ListingKind.ABNORMAL, "XY-20260302-90003")))
        .isInstanceOf(DuplicateKeyException.class);
    listings.insert(listing(ListingKind.SERIOUS_ILLEGAL, "XY-20260302-90004"));

    first.setStatus(ListingStatus.NOT_LISTED);
    listings.update(first);
    listings.insert(listing(ListingKind.ABNORMAL, "XY-20260302-90005"));
    assertThat(listings.findOpen(subjectId, ListingKind.ABNORMAL)).extracting(CreditListing::getListingNo)
        .containsExactly("XY-20260302-90005");
    assertThat(listings.findBySubjects(List.of(subjectId))).hasSize(3);
  }

  @Test
  void theRegisterFindsTheSubjectsOnACreditList() {
    register.updateListingFlags(subjectId, "ABNORMAL,SERIOUS_ILLEGAL");
    assertThat(search(CreditList.SERIOUS_ILLEGAL)).contains(subjectId);
    assertThat(search(CreditList.ABNORMAL)).contains(subjectId);
    register.updateListingFlags(subjectId, "ABNORMAL");
    assertThat(search(CreditList.SERIOUS_ILLEGAL)).doesNotContain(subjectId);
    register.updateListingFlags(subjectId, null);
    assertThat(search(CreditList.ABNORMAL)).doesNotContain(subjectId);
    assertThat(register.findById(subjectId).orElseThrow().getListingFlags()).isNull();
  }

  private List<Long> search(CreditList list) {
    SubjectSearch s = new SubjectSearch(null, null, null, null, null, "310113", null, null, null, null, null, null, null, 0,
        100, list);
    assertThat(register.count(s)).isEqualTo(register.search(s).size());
    return register.search(s).stream().map(subject -> subject.getId()).toList();
  }

  private CreditListing listing(ListingKind kind, String number) {
    CreditListing listing = new CreditListing();
    listing.setListingNo(number);
    listing.setKind(kind);
    listing.setSubjectId(subjectId);
    listing.setGround(kind == ListingKind.ABNORMAL ? ListingGround.UNREACHABLE : ListingGround.SERIOUS_PENALTY);
    listing.setReason("事".repeat(2000));
    listing.setListingUnit("district-310113");
    listing.setOrigin(ListingOrigin.HEAD);
    listing.setStatus(ListingStatus.PROPOSED);
    listing.setBasisVersion("总局令第44号(2021)");
    listing.setSettingsJson("{\"statementWorkingDays\":5}");
    listing.setProposedBy("head");
    listing.setProposedAt(AT);
    return listing;
  }
}
