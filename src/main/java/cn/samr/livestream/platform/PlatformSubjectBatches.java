package cn.samr.livestream.platform;

import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.platform.PlatformRecords.SubjectBatch;
import cn.samr.livestream.platform.PlatformRecords.SubjectRow;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platforms report their subjects into the register (平台报送经营主体名录). A batch is checked whole first, every row
 * with its errors (400, nothing stored), then each row is matched into the register by its identity or added
 * (SubjectRegistry.resolve), all in one transaction. The batch id makes a retry safe: the same batch again gets the
 * first answer and adds nothing; the same id with other rows is a conflict.
 */
@Service
public class PlatformSubjectBatches {

  private final SubjectRegistry registry;
  private final OrganizationService organization;
  private final PlatformMapper mapper;
  private final PlatformApiSettings settings;
  private final Validator validator;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public PlatformSubjectBatches(SubjectRegistry registry, OrganizationService organization, PlatformMapper mapper,
      PlatformApiSettings settings, Validator validator, ObjectMapper json, TransactionTemplate transaction,
      Clock clock) {
    this.registry = registry;
    this.organization = organization;
    this.mapper = mapper;
    this.settings = settings;
    this.validator = validator;
    this.json = json;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The answer to a batch: how many rows, how many were new to the register; created false for a retry. */
  public record Result(String batchId, int rows, int added, int matched, LocalDateTime receivedAt, boolean created) {

    static Result of(SubjectBatch batch, boolean created) {
      return new Result(batch.batchId, batch.rowCount, batch.createdCount, batch.rowCount - batch.createdCount,
          batch.receivedAt, created);
    }
  }

  public Result report(PlatformClient client, SubjectBatchRequest request) {
    validate(client, request);
    String hash = SecretHasher.contentHash(json, request);
    Optional<Result> earlier = earlier(client, request.batchId(), hash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return transaction.execute(status -> store(client, request, hash));
    } catch (DuplicateKeyException e) {
      // the same batch, or a subject of it, registered at the same moment by another call: nothing of this one stays
      throw PlatformConflict.concurrent(request.batchId());
    }
  }

  private Result store(PlatformClient client, SubjectBatchRequest request, String hash) {
    // full precision: an entry read back from the database carries at most its second, one made now its nanoseconds
    LocalDateTime started = LocalDateTime.now(clock);
    SubjectBatch batch = new SubjectBatch();
    batch.clientPk = client.getId();
    batch.batchId = request.batchId();
    batch.requestHash = hash;
    batch.rowCount = request.subjects().size();
    batch.receivedAt = started.truncatedTo(ChronoUnit.SECONDS);
    List<SubjectRow> rows = new ArrayList<>();
    for (int i = 0; i < request.subjects().size(); i++) {
      SubjectBatchRequest.Row r = request.subjects().get(i);
      String accountId = blankToNull(r.accountId());
      SupervisedSubject subject = registry.resolve(r.type(), r.name().trim(), blankToNull(r.creditCode()),
          accountId == null ? null : client.getPlatformName(), accountId, blankToNull(r.district()));
      SubjectRow row = new SubjectRow();
      row.rowIndex = i;
      row.subjectId = subject.getId();
      // new to the register: created by this call (the registry stamps new entries with the time of their insert)
      row.created = subject.getCreatedAt() != null && !subject.getCreatedAt().isBefore(started);
      rows.add(row);
    }
    batch.createdCount = (int) rows.stream().filter(r -> r.created).count();
    mapper.insertBatch(batch);
    rows.forEach(r -> r.batchPk = batch.id);
    for (int from = 0; from < rows.size(); from += 200) {
      mapper.insertRows(rows.subList(from, Math.min(rows.size(), from + 200)));
    }
    return Result.of(batch, true);
  }

  /** One of the calling platform's batches; another platform's batch id is not found, as one never sent. */
  public Result batch(PlatformClient client, String batchId) {
    return mapper.findBatch(client.getId(), batchId).map(found -> Result.of(found, false))
        .orElseThrow(() -> new NotFoundException("本平台未报送该批次：" + batchId,
            "this platform sent no batch " + batchId));
  }

  /** The calling platform's batches, newest first. */
  public List<Result> batches(PlatformClient client, int page, int size) {
    return mapper.findBatches(client.getId(), page * size, size).stream().map(found -> Result.of(found, false))
        .toList();
  }

  private Optional<Result> earlier(PlatformClient client, String batchId, String hash) {
    return mapper.findBatch(client.getId(), batchId).map(found -> {
      if (!found.requestHash.equals(hash)) {
        throw PlatformConflict.otherContent(batchId);
      }
      return Result.of(found, false);
    });
  }

  /** Every row's errors at once, so that a platform fixes its batch in one go. */
  private void validate(PlatformClient client, SubjectBatchRequest request) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(request), field -> field);
    if (request.subjects() != null) {
      inputs.require(request.subjects().size() <= settings.maxBatchRows(), "subjects",
          "每批至多" + settings.maxBatchRows() + "行，请分批报送",
          "at most " + settings.maxBatchRows() + " rows a batch: send several batches");
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < request.subjects().size() && i < settings.maxBatchRows(); i++) {
        SubjectBatchRequest.Row row = request.subjects().get(i);
        if (row == null || row.type() == null) {
          continue;
        }
        String field = "subjects[" + i + "]";
        boolean organisation = row.type() == SubjectType.MERCHANT || row.type() == SubjectType.AGENCY;
        inputs.require(row.type() != SubjectType.PLATFORM, field + ".type",
            "平台本身由管理员登记，不经本接口报送", "the platform itself is registered by the administrators, not here");
        if (organisation) {
          inputs.require(!isBlank(row.creditCode()), field + ".creditCode",
              "商家和机构须填写统一社会信用代码", "merchants and agencies need their unified social credit code");
        } else if (row.type() != SubjectType.PLATFORM) {
          inputs.require(!isBlank(row.accountId()), field + ".accountId",
              "主播和直播间须填写本平台账号或直播间号", "streamers and rooms need their account or room id");
        }
        if (!isBlank(row.district())) {
          inputs.require(organization.districtByCode(row.district().trim()).isPresent(), field + ".district",
              "未知的辖区代码：" + row.district(), "unknown district code: " + row.district());
        }
        String identity = row.type() + "|" + (organisation ? row.creditCode() : row.accountId());
        Integer first = seen.putIfAbsent(identity, i);
        inputs.require(first == null || isBlank(organisation ? row.creditCode() : row.accountId()), field,
            "与第" + (first == null ? 0 : first + 1) + "行是同一主体", "the same subject as row " + (first == null ? 0 : first + 1));
      }
    }
    inputs.throwIfAny();
  }


  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value.trim();
  }
}
