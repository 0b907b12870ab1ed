package cn.samr.livestream.governance.interview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Tables interview, interview_subject and interview_commitment (V22__interview.sql). */
@Mapper
public interface InterviewMapper {

  int insert(Interview interview);

  Optional<Interview> findById(@Param("id") long id);

  Optional<Interview> findByNo(@Param("interviewNo") String interviewNo);

  /** Everything that changes after the request: status, approval, notice, closing. */
  int update(Interview interview);

  /**
   * A page of interviews, newest first. Without {@code everything}, only those hosted by one of {@code units} or naming
   * a subject registered in one of {@code districts}; {@code subjectIds} (a subject and the records merged into it)
   * and {@code status} narrow it further.
   */
  List<Interview> search(@Param("everything") boolean everything, @Param("units") Collection<String> units,
      @Param("districts") Collection<String> districts, @Param("subjectIds") Collection<Long> subjectIds,
      @Param("status") InterviewStatus status, @Param("offset") int offset, @Param("size") int size);

  /**
   * Locks the subjects' register rows until the transaction ends, so that two requests naming the same subject at
   * the same moment are checked for an open interview one after the other.
   */
  List<Long> lockSubjects(@Param("subjectIds") Collection<Long> subjectIds);

  /**
   * Open interviews (not closed, refused or declined) of this kind (any kind when null) that name one of the
   * subjects.
   */
  List<String> findOpenNumbers(@Param("kind") InterviewKind kind, @Param("subjectIds") Collection<Long> subjectIds);

  /** Proposals declined (status DECLINED, origin PROPOSAL) for one of the subjects since {@code since}: the cooldown. */
  long countDeclinedProposalsSince(@Param("subjectIds") Collection<Long> subjectIds,
      @Param("since") LocalDateTime since);

  /**
   * The inputs of 约谈建议 that count records for a party (its ids): complaints and clues received since
   * {@code since}, orders to correct found not corrected issued since {@code sinceDay}, commitments found not kept
   * since {@code commitmentsSince}.
   */
  ProposalCounts proposalCounts(@Param("ids") Collection<Long> subjectIds, @Param("since") LocalDateTime since,
      @Param("sinceDay") LocalDate sinceDay, @Param("commitmentsSince") LocalDateTime commitmentsSince);

  /**
   * Register ids after {@code afterId}, in id order, named by a complaint or a clue received since {@code since}, an
   * order to correct not corrected since {@code sinceDay}, or a commitment found not kept since
   * {@code commitmentsSince}: the daily run's batches (merged records included; the caller evaluates their party).
   */
  List<Long> findActiveSubjectIdsAfter(@Param("afterId") long afterId, @Param("since") LocalDateTime since,
      @Param("sinceDay") LocalDate sinceDay, @Param("commitmentsSince") LocalDateTime commitmentsSince,
      @Param("limit") int limit);

  int insertSubject(InterviewSubject subject);

  Optional<InterviewSubject> findSubject(@Param("id") long id);

  List<InterviewSubject> findSubjects(@Param("interviewId") long interviewId);

  /** The interview rows of these subject ids (a party and the records merged into it), oldest first. */
  List<InterviewSubject> findSubjectRowsOf(@Param("subjectIds") Collection<Long> subjectIds);

  int updateSubject(InterviewSubject subject);

  /**
   * For the credit risk class, since {@code since}: commitments of these subjects found not kept at a check, and
   * letters to them recorded 逾期未确认 whose acknowledgement was due.
   */
  InterviewCreditCounts creditCountsSince(@Param("subjectIds") Collection<Long> subjectIds,
      @Param("since") LocalDateTime since);

  /** A commitment by its number (the platforms' channel). */
  Optional<InterviewCommitment> findCommitmentByNo(@Param("commitmentNo") String commitmentNo);

  /** The commitments of interview rows of these subjects, oldest first; status null for all. */
  List<InterviewCommitment> findCommitmentsOfSubjects(@Param("subjectIds") Collection<Long> subjectIds,
      @Param("status") CommitmentStatus status);

  int insertCommitment(InterviewCommitment commitment);

  Optional<InterviewCommitment> findCommitment(@Param("id") long id);

  List<InterviewCommitment> findCommitmentsOfSubject(@Param("interviewSubjectId") long interviewSubjectId);

  List<InterviewCommitment> findCommitments(@Param("interviewId") long interviewId);

  int updateCommitment(InterviewCommitment commitment);
}
