package cn.samr.livestream.governance.interview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * interview, interview_subject and interview_commitment: every column written is read back; the search's scope (host
 * units, the subjects' districts, everything), its subject and status filters and paging; the open interviews of a
 * kind per subject; a subject's rows.
 */
@MapperTest
class InterviewMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired InterviewMapper interviews;
  @Autowired JdbcTemplate jdbc;

  long baoshanPlatform;
  long pudongPlatform;

  @BeforeEach
  void subjects() {
    baoshanPlatform = subject("宝山测试平台", "310113");
    pudongPlatform = subject("浦东测试平台", "310115");
  }

  @Test
  void writesAndReadsBackAnInterviewItsSubjectsAndCommitments() {
    Interview interview = interview("YT-20260302-90001", "district-310113");
    interview.setBasis("电子商务法第三十八条");
    interview.setCategory(ViolationCategory.PRODUCT_QUALITY);
    interview.setJointDepartments("CYBERSPACE,DRUGS");
    interview.setPlannedDate(LocalDate.of(2026, 3, 5));
    interviews.insert(interview);
    interview.setStatus(InterviewStatus.RECORDING);
    interview.setInterviewAt(AT.plusDays(3));
    interview.setPlace("市局第一会议室");
    interview.setBureauAttendees("网监处处长");
    interview.setApprovedBy("head");
    interview.setApprovedAt(AT.plusHours(1));
    interview.setApprovalNote("同意");
    interview.setProcessInstanceId("pi-1");
    interviews.update(interview);

    Interview read = interviews.findByNo("YT-20260302-90001").orElseThrow();
    assertThat(read).usingRecursiveComparison().isEqualTo(interview);
    assertThat(interviews.findById(interview.getId())).isPresent();

    InterviewSubject row = new InterviewSubject();
    row.setInterviewId(interview.getId());
    row.setSubjectId(baoshanPlatform);
    interviews.insertSubject(row);
    row.setNoticeActionId(77L);
    row.setAttended(true);
    row.setPartyAttendees("合规负责人");
    row.setProblems("无中文标签");
    row.setRecordedBy("officer");
    row.setRecordedAt(AT.plusDays(3));
    interviews.updateSubject(row);
    assertThat(interviews.findSubject(row.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(row);
    assertThat(interviews.findSubjects(interview.getId())).extracting(InterviewSubject::getId)
        .containsExactly(row.getId());

    InterviewCommitment commitment = new InterviewCommitment();
    commitment.setCommitmentNo("CN-20260305-90001");
    commitment.setInterviewSubjectId(row.getId());
    commitment.setContent("下架无标签商品");
    commitment.setDueOn(LocalDate.of(2026, 3, 31));
    commitment.setStatus(CommitmentStatus.OPEN);
    interviews.insertCommitment(commitment);
    commitment.setStatus(CommitmentStatus.NOT_FULFILLED);
    commitment.setReportedAt(AT.plusDays(10));
    commitment.setCheckNote("仍在售");
    commitment.setCheckedBy("officer");
    commitment.setCheckedAt(AT.plusDays(30));
    commitment.setFollowUp(FollowUp.CLUE);
    commitment.setClueId(5L);
    interviews.updateCommitment(commitment);
    assertThat(interviews.findCommitment(commitment.getId()).orElseThrow()).usingRecursiveComparison()
        .isEqualTo(commitment);
    assertThat(interviews.findCommitments(interview.getId())).extracting(InterviewCommitment::getCommitmentNo)
        .containsExactly("CN-20260305-90001");
    assertThat(interviews.findCommitmentsOfSubject(row.getId())).hasSize(1);
    assertThat(interviews.findSubjectRowsOf(List.of(baoshanPlatform, pudongPlatform))).extracting(InterviewSubject::getId)
        .containsExactly(row.getId());
  }

  @Test
  void searchesByScopeSubjectAndStatusAndFindsTheOpenOnes() {
    Interview baoshan = withSubject(interview("YT-20260302-90011", "district-310113"), baoshanPlatform);
    Interview city = withSubject(interview("YT-20260302-90012", "coordination-group"), pudongPlatform);
    city.setRequestedAt(AT.plusHours(1));
    city.setStatus(InterviewStatus.CLOSED);
    interviews.update(city);

    assertThat(numbers(interviews.search(true, List.of(), List.of(), null, null, 0, 1000)))
        .containsSubsequence("YT-20260302-90012", "YT-20260302-90011");
    // the database may hold other tests' interviews (MariaDB keeps what other classes committed): only ours are asserted
    assertThat(numbers(interviews.search(false, List.of("district-310113"), List.of(), null, null, 0, 100)))
        .contains("YT-20260302-90011").doesNotContain("YT-20260302-90012");
    // Pudong reads the group's interview of its subject, not Baoshan's
    assertThat(numbers(interviews.search(false, List.of("district-310115"), List.of("310115"), null, null, 0, 100)))
        .contains("YT-20260302-90012").doesNotContain("YT-20260302-90011");
    assertThat(numbers(interviews.search(false, List.of(), List.of(), null, null, 0, 10))).isEmpty();
    assertThat(numbers(interviews.search(true, List.of(), List.of(), List.of(pudongPlatform), null, 0, 10)))
        .containsExactly("YT-20260302-90012");
    assertThat(numbers(interviews.search(true, List.of(), List.of(), List.of(baoshanPlatform, pudongPlatform),
        InterviewStatus.NOTICE, 0, 10))).containsExactly("YT-20260302-90011");
    assertThat(interviews.search(true, List.of(), List.of(), List.of(baoshanPlatform, pudongPlatform), null, 1, 1))
        .singleElement().extracting(Interview::getInterviewNo).isEqualTo("YT-20260302-90011");

    assertThat(interviews.findOpenNumbers(InterviewKind.INTERVIEW, List.of(baoshanPlatform, pudongPlatform)))
        .containsExactly("YT-20260302-90011");
    assertThat(interviews.findOpenNumbers(InterviewKind.REMINDER_LETTER, List.of(baoshanPlatform))).isEmpty();
    assertThat(interviews.lockSubjects(List.of(pudongPlatform, baoshanPlatform)))
        .containsExactly(Math.min(baoshanPlatform, pudongPlatform), Math.max(baoshanPlatform, pudongPlatform));
  }

  @Test
  void writesALettersColumnsAndCountsTheLettersNotAcknowledgedAndFindsCommitmentsByNumberAndSubject() {
    Interview letter = interview("YT-20260302-90021", "district-310113");
    letter.setKind(InterviewKind.GUIDANCE_LETTER);
    interviews.insert(letter);
    letter.setStatus(InterviewStatus.AWAITING_ACKNOWLEDGEMENT);
    letter.setLetterContent("请建立健全消费者权益保护制度");
    letter.setAcknowledgementWorkingDays(7);
    interviews.update(letter);
    assertThat(interviews.findById(letter.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(letter);

    InterviewSubject overdue = new InterviewSubject();
    overdue.setInterviewId(letter.getId());
    overdue.setSubjectId(baoshanPlatform);
    interviews.insertSubject(overdue);
    overdue.setAcknowledgementDue(AT.plusDays(7).withHour(23).withMinute(59).withSecond(59));
    overdue.setAcknowledged(false);
    overdue.setPlatformLetterNo("HJ-20260302-90001");
    interviews.updateSubject(overdue);
    assertThat(interviews.findSubject(overdue.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(overdue);
    InterviewSubject onPaper = new InterviewSubject();
    onPaper.setInterviewId(letter.getId());
    onPaper.setSubjectId(pudongPlatform);
    interviews.insertSubject(onPaper);
    onPaper.setAcknowledgementDue(AT.plusDays(7));
    onPaper.setAcknowledged(true);
    onPaper.setAcknowledgedOn(LocalDate.of(2026, 3, 6));
    onPaper.setAcknowledgedVia("PAPER");
    interviews.updateSubject(onPaper);
    assertThat(interviews.findSubject(onPaper.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(onPaper);

    // only the letter recorded 逾期未确认, and only while its day is within the window
    assertThat(interviews.creditCountsSince(List.of(baoshanPlatform, pudongPlatform), AT))
        .isEqualTo(new InterviewCreditCounts(0, 1));
    assertThat(interviews.creditCountsSince(List.of(pudongPlatform), AT).unacknowledgedLetters()).isZero();
    assertThat(interviews.creditCountsSince(List.of(baoshanPlatform), AT.plusDays(8)).unacknowledgedLetters())
        .isZero();

    InterviewCommitment open = commitment(overdue.getId(), "CN-20260305-90021", CommitmentStatus.OPEN);
    InterviewCommitment kept = commitment(onPaper.getId(), "CN-20260305-90022", CommitmentStatus.FULFILLED);
    assertThat(interviews.findCommitmentByNo("CN-20260305-90021").orElseThrow()).usingRecursiveComparison()
        .isEqualTo(open);
    assertThat(interviews.findCommitmentByNo("CN-20260305-99999")).isEmpty();
    assertThat(interviews.findCommitmentsOfSubjects(List.of(baoshanPlatform, pudongPlatform), null))
        .extracting(InterviewCommitment::getId).containsExactly(open.getId(), kept.getId());
    assertThat(interviews.findCommitmentsOfSubjects(List.of(baoshanPlatform, pudongPlatform), CommitmentStatus.OPEN))
        .extracting(InterviewCommitment::getId).containsExactly(open.getId());
    assertThat(interviews.findCommitmentsOfSubjects(List.of(pudongPlatform), CommitmentStatus.OPEN)).isEmpty();
  }

  private InterviewCommitment commitment(long rowId, String number, CommitmentStatus status) {
    InterviewCommitment commitment = new InterviewCommitment();
    commitment.setCommitmentNo(number);
    commitment.setInterviewSubjectId(rowId);
    commitment.setContent("整改");
    commitment.setDueOn(LocalDate.of(2026, 3, 31));
    commitment.setStatus(status);
    interviews.insertCommitment(commitment);
    return commitment;
  }

  private Interview withSubject(Interview interview, long subjectId) {
    interviews.insert(interview);
    InterviewSubject row = new InterviewSubject();
    row.setInterviewId(interview.getId());
    row.setSubjectId(subjectId);
    interviews.insertSubject(row);
    return interview;
  }

  private static Interview interview(String number, String hostUnit) {
    Interview interview = new Interview();
    interview.setInterviewNo(number);
    interview.setKind(InterviewKind.INTERVIEW);
    interview.setOrigin("REQUEST");
    interview.setStatus(InterviewStatus.NOTICE);
    interview.setHostUnit(hostUnit);
    interview.setIssues("三无产品");
    interview.setRequestedBy("head");
    interview.setRequestedAt(AT);
    return interview;
  }

  private static List<String> numbers(List<Interview> found) {
    return found.stream().map(Interview::getInterviewNo).toList();
  }

  private long subject(String name, String district) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO supervised_subject (subject_type, name, district_code,"
          + " created_at) VALUES ('PLATFORM', ?, ?, ?)", new String[] {"id"});
      statement.setString(1, name);
      statement.setString(2, district);
      statement.setObject(3, AT);
      return statement;
    }, key);
    return key.getKey().longValue();
  }
}
