package cn.samr.livestream.governance.interview;

import static cn.samr.livestream.governance.interview.ProposalTestData.clue;
import static cn.samr.livestream.governance.interview.ProposalTestData.commitment;
import static cn.samr.livestream.governance.interview.ProposalTestData.complaint;
import static cn.samr.livestream.governance.interview.ProposalTestData.order;
import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queries of 约谈建议 (InterviewMapper): the counts of a party over all its records against a hand count at the
 * windows' edges, the daily run's active subjects in id order and pages, any open interview, the declined proposals
 * of the cooldown, and the proposal's columns written and read back.
 */
@MapperTest
class InterviewProposalMapperTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 10, 0);
  /** The 90-day window starts at midnight 90 days back: 3 March 2026. */
  static final LocalDateTime SINCE = NOW.toLocalDate().minusDays(90).atStartOfDay();
  static final LocalDateTime YEAR_AGO = NOW.toLocalDate().minusYears(1).atStartOfDay();

  @Autowired InterviewMapper interviews;
  @Autowired JdbcTemplate jdbc;

  @Test
  void countsEachInputOverThePartysRecordsInTheirWindows() {
    long party = subject("计数平台");
    long merged = subject("计数平台（并入的记录）");
    long other = subject("其他平台");
    // complaints: at the window's first second and on the merged record count, one a second earlier does not
    complaint(jdbc, party, SINCE);
    complaint(jdbc, merged, NOW.minusDays(1));
    complaint(jdbc, party, SINCE.minusSeconds(1));
    complaint(jdbc, other, NOW.minusDays(1));
    // clues: substantiated in the window count (both records); not substantiated, or before the window, do not
    clue(jdbc, party, SINCE, true);
    clue(jdbc, merged, NOW.minusDays(3), true);
    long unsubstantiated = clue(jdbc, party, NOW.minusDays(3), false);
    clue(jdbc, party, SINCE.minusDays(1), true);
    // orders not corrected in the window: the party's own and one on its clue; corrected or earlier do not
    order(jdbc, party, null, SINCE.toLocalDate(), "NOT_CORRECTED");
    order(jdbc, null, unsubstantiated, NOW.toLocalDate().minusDays(2), "NOT_CORRECTED");
    order(jdbc, party, null, NOW.toLocalDate().minusDays(2), "CORRECTED");
    order(jdbc, party, null, SINCE.toLocalDate().minusDays(1), "NOT_CORRECTED");
    order(jdbc, other, null, NOW.toLocalDate().minusDays(2), "NOT_CORRECTED");
    // commitments found not kept within the year count; kept, or checked before the year, do not
    commitment(jdbc, party, "NOT_FULFILLED", YEAR_AGO);
    commitment(jdbc, merged, "NOT_FULFILLED", NOW.minusDays(200));
    commitment(jdbc, party, "FULFILLED", NOW.minusDays(10));
    commitment(jdbc, party, "NOT_FULFILLED", YEAR_AGO.minusSeconds(1));

    ProposalCounts counts = interviews.proposalCounts(List.of(party, merged), SINCE, SINCE.toLocalDate(), YEAR_AGO);

    assertThat(counts.getComplaintsInWindow()).isEqualTo(2);
    assertThat(counts.getSubstantiatedCluesInWindow()).isEqualTo(2);
    assertThat(counts.getOrdersNotCorrectedInWindow()).isEqualTo(2);
    assertThat(counts.getFailedCommitments()).isEqualTo(2);
    ProposalCounts quiet = interviews.proposalCounts(List.of(subject("无记录平台")), SINCE, SINCE.toLocalDate(),
        YEAR_AGO);
    assertThat(List.of(quiet.getComplaintsInWindow(), quiet.getSubstantiatedCluesInWindow(),
        quiet.getOrdersNotCorrectedInWindow(), quiet.getFailedCommitments())).containsOnly(0L);
  }

  @Test
  void theDailyRunFindsTheSubjectsWithARecordInTheWindowInIdOrderAndPages() {
    long byComplaint = subject("投诉平台");
    long quiet = subject("安静平台");
    long byClue = subject("线索平台");
    long byOrder = subject("责令改正平台");
    long byCommitment = subject("承诺平台");
    complaint(jdbc, byComplaint, NOW.minusDays(5));
    // a clue not (yet) substantiated is activity too
    clue(jdbc, byClue, NOW.minusDays(5), false);
    order(jdbc, byOrder, null, NOW.toLocalDate().minusDays(5), "NOT_CORRECTED");
    commitment(jdbc, byCommitment, "NOT_FULFILLED", NOW.minusDays(300));
    // nothing in the windows: an old complaint, a corrected order, a kept commitment
    complaint(jdbc, quiet, SINCE.minusDays(1));
    order(jdbc, quiet, null, NOW.toLocalDate().minusDays(5), "CORRECTED");
    commitment(jdbc, quiet, "FULFILLED", NOW.minusDays(5));

    List<Long> all = interviews.findActiveSubjectIdsAfter(byComplaint - 1, SINCE, SINCE.toLocalDate(), YEAR_AGO, 100);
    assertThat(all).containsExactly(byComplaint, byClue, byOrder, byCommitment);

    List<Long> first = interviews.findActiveSubjectIdsAfter(byComplaint - 1, SINCE, SINCE.toLocalDate(), YEAR_AGO, 2);
    assertThat(first).containsExactly(byComplaint, byClue);
    assertThat(interviews.findActiveSubjectIdsAfter(first.get(1), SINCE, SINCE.toLocalDate(), YEAR_AGO, 2))
        .containsExactly(byOrder, byCommitment);
    assertThat(interviews.findActiveSubjectIdsAfter(byCommitment, SINCE, SINCE.toLocalDate(), YEAR_AGO, 2)).isEmpty();
  }

  @Test
  void aProposalIsWrittenAndReadBackAndBlocksAsAnOpenInterviewOfAnyFormThenAsDeclined() {
    long subject = subject("建议平台");
    Interview proposal = new Interview();
    proposal.setInterviewNo("YT-20260601-90001");
    proposal.setKind(InterviewKind.REMINDER_LETTER);
    proposal.setOrigin("PROPOSAL");
    proposal.setStatus(InterviewStatus.PROPOSED);
    proposal.setHostUnit(ProposalTestData.UNIT);
    proposal.setIssues("投诉较多");
    proposal.setProposalReason("投诉较多");
    proposal.setProposalFacts("{\"complaintsInWindow\":20}");
    proposal.setRequestedBy("system");
    proposal.setRequestedAt(NOW.minusDays(20));
    interviews.insert(proposal);
    InterviewSubject row = new InterviewSubject();
    row.setInterviewId(proposal.getId());
    row.setSubjectId(subject);
    interviews.insertSubject(row);

    assertThat(interviews.findById(proposal.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(proposal);
    assertThat(interviews.findOpenNumbers(null, List.of(subject))).containsExactly("YT-20260601-90001");
    assertThat(interviews.findOpenNumbers(InterviewKind.INTERVIEW, List.of(subject))).isEmpty();

    // the heads decline it ten days ago: closed, and counted for the cooldown from then
    proposal.setKind(InterviewKind.INTERVIEW);
    proposal.setIssues("平台投诉集中于虚假宣传");
    proposal.setStatus(InterviewStatus.DECLINED);
    proposal.setClosedAt(NOW.minusDays(10));
    interviews.update(proposal);
    assertThat(interviews.findById(proposal.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(proposal);
    assertThat(interviews.findOpenNumbers(null, List.of(subject))).isEmpty();
    assertThat(interviews.countDeclinedProposalsSince(List.of(subject), NOW.minusDays(180))).isEqualTo(1);
    assertThat(interviews.countDeclinedProposalsSince(List.of(subject), NOW.minusDays(10))).isEqualTo(1);
    assertThat(interviews.countDeclinedProposalsSince(List.of(subject), NOW.minusDays(9))).isZero();
    // a refused request is no declined proposal
    proposal.setStatus(InterviewStatus.REFUSED);
    interviews.update(proposal);
    assertThat(interviews.countDeclinedProposalsSince(List.of(subject), NOW.minusDays(180))).isZero();
  }

  private long subject(String name) {
    return ProposalTestData.subject(jdbc, name, "310113", NOW.minusYears(2));
  }

}
