package cn.samr.livestream.platform;

import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueIntakeService.RegisteredClue;
import cn.samr.livestream.enforcement.clue.CluePublicStatus;
import cn.samr.livestream.enforcement.clue.CluePublicStatus.PublicStatus;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.enforcement.clue.DuplicateClueException;
import cn.samr.livestream.platform.PlatformRecords.SubmittedClue;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clues from platforms (平台报送线索): registered through the clue intake like every source (ClueSource.PLATFORM,
 * the same validation, subjects matched in the register, clue-verification started), the platform's own number
 * kept with the clue it became. The external number is unique per platform: the clue's external number is
 * {@code clientId:externalNo}, under the intake's unique key. A retry of the same clue (same number, same content)
 * is answered with the clue registered first; the same number with other content is a conflict (409).
 */
@Service
public class PlatformClueService {

  /** Who registered a platform's clue, as clue.registered_by reads: never a Camunda user. */
  public static final String ACTOR_PREFIX = "platform:";

  private final ClueIntakeService intake;
  private final CluePublicStatus publicStatus;
  private final PlatformMapper mapper;
  private final Validator validator;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public PlatformClueService(ClueIntakeService intake, CluePublicStatus publicStatus, PlatformMapper mapper,
      Validator validator, ObjectMapper json, TransactionTemplate transaction, Clock clock) {
    this.intake = intake;
    this.publicStatus = publicStatus;
    this.mapper = mapper;
    this.validator = validator;
    this.json = json;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The answer about a submitted clue; created false for a retry answered with the clue registered before. */
  public record Submitted(SubmittedClue clue, PublicStatus status, boolean created) {
  }

  public Submitted submit(PlatformClient client, PlatformClueRequest request) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(request), field -> field);
    inputs.throwIfAny();
    String hash = SecretHasher.contentHash(json, request);
    Optional<Submitted> earlier = earlier(client, request.externalNo(), hash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return transaction.execute(status -> {
        RegisteredClue registered = intake.register(clueRequest(client, request), ACTOR_PREFIX + client.getClientId());
        SubmittedClue submitted = new SubmittedClue();
        submitted.clientPk = client.getId();
        submitted.externalNo = request.externalNo();
        submitted.clueId = registered.clueId();
        submitted.requestHash = hash;
        submitted.submittedAt = LocalDateTime.now(clock);
        mapper.insertClue(submitted);
        return new Submitted(submitted, publicStatus.of(registered.clueId()).orElseThrow(), true);
      });
    } catch (DuplicateClueException | DuplicateKeyException e) {
      // the same clue sent at the same moment: the copy that committed first stands, this one is refused
      // (the intake's 409); a retry is answered with it like any retry
      throw PlatformConflict.concurrent(request.externalNo());
    }
  }

  private Optional<Submitted> earlier(PlatformClient client, String externalNo, String hash) {
    return mapper.findClue(client.getId(), externalNo).map(found -> {
      if (!found.requestHash.equals(hash)) {
        throw PlatformConflict.otherContent(externalNo);
      }
      return new Submitted(found, publicStatus.of(found.clueId).orElseThrow(), false);
    });
  }

  /** One of the calling platform's clues; another platform's number is not found, exactly as a number never sent. */
  public Submitted status(PlatformClient client, String externalNo) {
    return mapper.findClue(client.getId(), externalNo)
        .map(found -> new Submitted(found, publicStatus.of(found.clueId).orElseThrow(), false))
        .orElseThrow(() -> new NotFoundException("本平台未报送该编号的线索：" + externalNo,
            "this platform submitted no clue numbered " + externalNo));
  }

  public List<Submitted> list(PlatformClient client, int page, int size) {
    return mapper.findClues(client.getId(), page * size, size).stream()
        .map(found -> new Submitted(found, publicStatus.of(found.clueId).orElseThrow(), false)).toList();
  }

  private ClueRequest clueRequest(PlatformClient client, PlatformClueRequest request) {
    List<ClueRequest.Subject> subjects = request.subjects().stream()
        .map(s -> new ClueRequest.Subject(s.type(), s.name(), s.creditCode(),
            s.accountId() == null || s.accountId().isBlank() ? null : client.getPlatformName(), s.accountId(),
            s.district()))
        .toList();
    return new ClueRequest(ClueSource.PLATFORM, client.getClientId() + ":" + request.externalNo(),
        LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
        request.category(), request.district(), subjects, request.facts(), request.evidence(), null);
  }
}
