package cn.samr.livestream.platform;

import cn.samr.livestream.governance.interview.CommitmentStatus;
import cn.samr.livestream.governance.interview.InterviewCommitment;
import cn.samr.livestream.governance.interview.InterviewSubject;
import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.governance.interview.InterviewWorkflowService.Dispatch;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.platform.PlatformRecords.CommitmentReport;
import cn.samr.livestream.platform.PlatformRecords.Letter;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interview notices and letters through the platforms' channel (docs/governance.md §2.5, seed 004 二、二 and seed 003
 * 二、三): a subject that is a connected platform with the LETTERS scope receives its 约谈通知书 (to read only) or its
 * 提醒告诫函 / 行政指导意见函 (to acknowledge by the day set); any other subject gets it on paper and the interview's
 * timeline says so. The platform's acknowledgement ends the subject's wait (Msg_LetterAcknowledged), its report that a
 * commitment is fulfilled brings the check forward (Msg_CommitmentReported), each in the same transaction; officers
 * still verify what a platform says. The interview feature knows nothing of platforms: this class reaches it through
 * {@link InterviewWorkflowService} only.
 */
@Service
@Transactional
public class PlatformLetters {

  static final String NUMBER_PREFIX = "HJ";

  private final PlatformLetterMapper letters;
  private final PlatformMapper platforms;
  private final InterviewWorkflowService interviews;
  private final SubjectRegistry registry;
  private final OrganizationService organization;
  private final DocumentNumbers numbers;
  private final Validator validator;
  private final ObjectMapper json;
  private final Clock clock;

  public PlatformLetters(PlatformLetterMapper letters, PlatformMapper platforms, InterviewWorkflowService interviews,
      SubjectRegistry registry, OrganizationService organization, DocumentNumbers numbers, Validator validator,
      ObjectMapper json, Clock clock) {
    this.letters = letters;
    this.platforms = platforms;
    this.interviews = interviews;
    this.registry = registry;
    this.organization = organization;
    this.numbers = numbers;
    this.validator = validator;
    this.json = json;
    this.clock = clock;
  }

  /** A letter as its platform reads it: the issuing unit's name and what the bureau recorded after its day. */
  public record LetterView(Letter letter, String issuingUnitName, String bureauRecord) {

    /** To be acknowledged, still waiting, past its day. */
    public boolean overdue(LocalDateTime now) {
      return letter.respondBy != null && letter.status == PlatformLetterStatus.ISSUED && letter.respondBy.isBefore(now);
    }
  }

  /** Task_SendNoticesToPlatforms: each subject's 约谈通知书 to its platform if connected, else 须另行送达. */
  public void sendInterviewNotices(long interviewId, String actor) {
    List<PlatformClient> connected = connected();
    for (Dispatch dispatch : interviews.noticesToSend(interviewId)) {
      send(dispatch, connected, actor);
    }
  }

  /** Task_SendLetterToPlatform: one subject's letter to its platform if connected, else 须另行送达. */
  public Optional<String> sendLetter(long interviewSubjectId, String actor) {
    return send(interviews.letterToSend(interviewSubjectId), connected(), actor);
  }

  private Optional<String> send(Dispatch dispatch, List<PlatformClient> connected, String actor) {
    Optional<PlatformClient> client = registry.byId(dispatch.subjectId())
        .flatMap(subject -> connected.stream().filter(c -> isThePlatform(c, subject)).findFirst());
    if (client.isEmpty()) {
      interviews.recordDelivery(dispatch.interviewSubjectId(), null, null, actor);
      return Optional.empty();
    }
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    Letter letter = new Letter();
    letter.letterNo = numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate());
    letter.clientPk = client.get().getId();
    letter.kind = PlatformLetterKind.valueOf(dispatch.kind());
    letter.interviewId = dispatch.interviewId();
    letter.interviewSubjectId = dispatch.interviewSubjectId();
    letter.processInstanceId = dispatch.processInstanceId();
    letter.issuingUnit = dispatch.hostUnit();
    letter.documentNo = dispatch.documentNo();
    letter.content = dispatch.content();
    letter.issuedAt = now;
    letter.respondBy = dispatch.respondBy();
    letter.status = PlatformLetterStatus.ISSUED;
    letters.insertLetter(letter);
    interviews.recordDelivery(dispatch.interviewSubjectId(), client.get().getPlatformName(), letter.letterNo, actor);
    return Optional.of(letter.letterNo);
  }

  private List<PlatformClient> connected() {
    return platforms.findClients().stream().filter(c -> c.isEnabled() && c.hasScope(PlatformScope.LETTERS)).toList();
  }

  /** The subject is the platform: the same credit code, or a platform registered under the client's name. */
  static boolean isThePlatform(PlatformClient client, SupervisedSubject subject) {
    boolean sameCode = client.getCreditCode() != null && client.getCreditCode().equals(subject.getCreditCode());
    boolean samePlatform = subject.getRoles().contains(SubjectType.PLATFORM)
        && client.getPlatformName().equals(subject.getName());
    return sameCode || samePlatform;
  }

  /** The calling platform's notices and letters, newest first; status null for all. */
  @Transactional(readOnly = true)
  public List<LetterView> list(PlatformClient client, PlatformLetterStatus status, int page, int size) {
    return letters.findLetters(client.getId(), status, page * size, size).stream().map(this::view).toList();
  }

  /** One of the calling platform's letters; another platform's number is not found, as a number never sent. */
  @Transactional(readOnly = true)
  public LetterView get(PlatformClient client, String letterNo) {
    return view(letter(client, letterNo));
  }

  /** The answer to an acknowledgement; created false for a retry of one recorded before. */
  public record Acknowledged(LetterView letter, boolean created) {
  }

  /**
   * Records the platform's acknowledgement and ends the subject's wait, in one transaction. The same acknowledgement
   * again is answered as before; other content after it, a notice (nothing to acknowledge), or a letter whose day has
   * passed (the timer came first: the officers record it) is a conflict (409), and nothing is kept.
   */
  public Acknowledged acknowledge(PlatformClient client, String letterNo, LetterAcknowledgementRequest request) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(request), field -> field);
    inputs.throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    inputs.require(!request.acknowledgedOn().isAfter(now.toLocalDate()), "acknowledgedOn", "收悉日期不能晚于今天",
        "the day of receipt cannot be in the future");
    inputs.throwIfAny();
    Letter letter = letter(client, letterNo);
    inputs.require(!request.acknowledgedOn().isBefore(letter.issuedAt.toLocalDate()), "acknowledgedOn",
        "收悉日期不能早于发函日期", "the day of receipt cannot be before the letter was sent");
    inputs.throwIfAny();
    if (letter.respondBy == null) {
      throw PlatformConflict.noAcknowledgementAsked(letterNo);
    }
    String hash = SecretHasher.contentHash(json, request);
    if (letter.status == PlatformLetterStatus.ACKNOWLEDGED) {
      return earlier(letter, hash);
    }
    letter.acknowledgedAt = now;
    letter.acknowledgedOn = request.acknowledgedOn();
    letter.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
    letter.noteHash = hash;
    letter.status = PlatformLetterStatus.ACKNOWLEDGED;
    if (letters.acknowledgeLetter(letter) == 0) {
      return earlier(letter(client, letterNo), hash);
    }
    boolean waiting;
    try {
      waiting = interviews.acknowledgeLetter(letter.interviewSubjectId, letter.acknowledgedOn,
          PlatformClueService.ACTOR_PREFIX + client.getClientId());
    } catch (OptimisticLockingException e) {
      // the acknowledgement timer fired at the same moment: nothing of this call is kept, a retry reads the result
      throw PlatformConflict.concurrent(letterNo);
    }
    if (!waiting) {
      throw PlatformConflict.acknowledgementClosed(letterNo);
    }
    return new Acknowledged(view(letter), true);
  }

  private Acknowledged earlier(Letter letter, String hash) {
    if (!hash.equals(letter.noteHash)) {
      throw PlatformConflict.alreadyAcknowledged(letter.letterNo);
    }
    return new Acknowledged(view(letter), false);
  }

  private Letter letter(PlatformClient client, String letterNo) {
    return letters.findLetter(client.getId(), letterNo).orElseThrow(() -> new NotFoundException(
        "本平台没有该编号的函件：" + letterNo, "this platform has no letter numbered " + letterNo));
  }

  private LetterView view(Letter letter) {
    String unitName = organization.unit(letter.issuingUnit).map(OrgUnit::getName).orElse(letter.issuingUnit);
    String bureauRecord = null;
    if (letter.respondBy != null && letter.status == PlatformLetterStatus.ISSUED) {
      InterviewSubject row = interviews.subjectRow(letter.interviewSubjectId);
      if (row.getAcknowledged() != null) {
        bureauRecord = row.getAcknowledged() ? "PAPER" : "OVERDUE";
      }
    }
    return new LetterView(letter, unitName, bureauRecord);
  }

  // ---------------------------------------------------------------- commitments

  /** A commitment the calling platform made, with whether it reported it. */
  public record CommitmentView(InterviewCommitment commitment, CommitmentReport report) {
  }

  /** The commitments the calling platform made at interviews, oldest first; status null for all. */
  @Transactional(readOnly = true)
  public List<CommitmentView> commitments(PlatformClient client, CommitmentStatus status) {
    return interviews.commitmentsOf(ownSubjects(client), status).stream()
        .map(c -> new CommitmentView(c, letters.findCommitmentReport(c.getCommitmentNo()).orElse(null))).toList();
  }

  /** The answer to a report; created false for a retry of one recorded before. */
  public record Reported(CommitmentView commitment, boolean created) {
  }

  /**
   * Records the platform's report that a commitment is fulfilled and brings its check forward (Msg_CommitmentReported
   * through the interview's reportCommitment), in one transaction. Another platform's number is not found; the same
   * report again is answered as before; other content, or a commitment no longer waiting, is a conflict (409).
   */
  public Reported report(PlatformClient client, String commitmentNo, CommitmentReportRequest request) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(request), field -> field);
    inputs.throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    inputs.require(!request.fulfilledOn().isAfter(now.toLocalDate()), "fulfilledOn", "履行完成日期不能晚于今天",
        "the day it was fulfilled cannot be in the future");
    inputs.throwIfAny();
    InterviewCommitment commitment = interviews.commitmentByNo(commitmentNo)
        .filter(c -> ownSubjects(client).contains(interviews.subjectOfCommitment(c)))
        .orElseThrow(() -> new NotFoundException("本平台没有该编号的承诺：" + commitmentNo,
            "this platform has no commitment numbered " + commitmentNo));
    String hash = SecretHasher.contentHash(json, request);
    Optional<CommitmentReport> earlier = letters.findCommitmentReport(commitmentNo);
    if (earlier.isPresent()) {
      if (!hash.equals(earlier.get().hash)) {
        throw PlatformConflict.alreadyReported(commitmentNo);
      }
      return new Reported(new CommitmentView(commitment, earlier.get()), false);
    }
    if (commitment.getStatus() != CommitmentStatus.OPEN) {
      throw PlatformConflict.commitmentNotOpen(commitmentNo);
    }
    CommitmentReport report = new CommitmentReport();
    report.commitmentNo = commitmentNo;
    report.clientPk = client.getId();
    report.reportedAt = now;
    report.fulfilledOn = request.fulfilledOn();
    report.description = request.description().trim();
    report.hash = hash;
    try {
      letters.insertCommitmentReport(report);
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw PlatformConflict.concurrent(commitmentNo);
    }
    boolean waiting;
    try {
      waiting = interviews.reportCommitment(commitment.getId(),
          PlatformClueService.ACTOR_PREFIX + client.getClientId());
    } catch (OptimisticLockingException e) {
      throw PlatformConflict.concurrent(commitmentNo);
    }
    if (!waiting) {
      throw PlatformConflict.commitmentNotOpen(commitmentNo);
    }
    return new Reported(new CommitmentView(interviews.commitment(commitment.getId()), report), true);
  }

  /** The register subjects that are the calling platform: its credit code, and those it received letters for. */
  private Set<Long> ownSubjects(PlatformClient client) {
    Set<Long> ids = new LinkedHashSet<>();
    if (client.getCreditCode() != null) {
      registry.byCreditCode(client.getCreditCode()).ifPresent(s -> ids.add(s.getId()));
    }
    for (long rowId : letters.findLetterRowIds(client.getId())) {
      ids.add(interviews.subjectRow(rowId).getSubjectId());
    }
    return ids;
  }
}
