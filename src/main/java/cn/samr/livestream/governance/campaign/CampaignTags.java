package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.campaign.CampaignTagRow.Via;
import cn.samr.livestream.shared.CampaignTagging;
import cn.samr.livestream.shared.FieldError;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tagging records with campaigns (docs/governance.md §4.2): at intake through {@link CampaignTagging} (clue
 * registration's campaignCodes), later through POST/DELETE /api/campaigns/{code}/tags by the officers and heads of
 * the record's unit. A record is tagged only with a campaign its unit takes part in, on a day of the campaign's
 * period; at intake the campaign is under way, later also while its summaries and review run, up to
 * {@code tag-grace-days} after its last day, never once its report is frozen.
 */
@Service
@Transactional
public class CampaignTags implements CampaignTagging {

  /** The kinds tagged later through the endpoint here; interviews, listings and transfers at their own intake. */
  static final Set<RecordKind> TAGGED_LATER_HERE = EnumSet.of(RecordKind.SPOT_CHECK, RecordKind.CLUE, RecordKind.CASE);
  private static final Set<CampaignStatus> TAGGABLE_LATER = EnumSet.of(CampaignStatus.ACTIVE,
      CampaignStatus.SUMMARISING, CampaignStatus.REVIEW);

  private final CampaignMapper campaigns;
  private final ReadPolicy readPolicy;
  private final GovernanceEvents events;
  private final CampaignSettings settings;
  private final Clock clock;

  public CampaignTags(CampaignMapper campaigns, ReadPolicy readPolicy, GovernanceEvents events,
      CampaignSettings settings, Clock clock) {
    this.campaigns = campaigns;
    this.readPolicy = readPolicy;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public void validate(String field, List<String> codes, RecordKind kind, String unit, LocalDate day) {
    List<FieldError> errors = new ArrayList<>();
    for (String code : distinct(codes)) {
      Optional<Campaign> found = campaigns.findByCode(code);
      if (found.isEmpty()) {
        errors.add(FieldError.of(field, "专项不存在：" + code, "no such campaign: " + code));
        continue;
      }
      Campaign campaign = found.get();
      if (campaign.getStatus() != CampaignStatus.ACTIVE) {
        errors.add(FieldError.of(field, "专项" + code + "不在进行中（" + campaign.getStatus().label() + "）",
            "campaign " + code + " is not under way"));
      } else if (!campaign.covers(day)) {
        errors.add(FieldError.of(field, "记录日期 " + day + " 不在专项" + code + "期间内",
            "the record's day " + day + " is outside campaign " + code));
      } else if (!participates(campaign, unit)) {
        errors.add(FieldError.of(field, "本单位未参加专项" + code, "the record's unit does not take part in " + code));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  @Override
  public void tagAtIntake(List<String> codes, RecordKind kind, long recordId, String number, String unit,
      String actor) {
    for (String code : distinct(codes)) {
      Campaign campaign = campaigns.findByCode(code).orElseThrow();
      insert(campaign, kind, recordId, unit, actor, Via.INTAKE, number);
    }
  }

  /** A tag result: the campaign, kind, record number and unit. */
  public record Tagged(String campaignCode, RecordKind kind, String number, String unit) {
  }

  /**
   * Tags a record later (POST /api/campaigns/{code}/tags).
   *
   * @throws NotFoundException 404 for an unknown campaign or a record the caller may not read
   * @throws AuthorizationException 403 for a reader who does not work the record's unit
   * @throws InvalidInputException 400: not taggable here, outside the period, the unit does not take part
   * @throws CampaignConflictException 409: frozen, past the grace days, or tagged already
   */
  public Tagged tag(String code, String kindText, String number, String actor) {
    Campaign campaign = campaign(code);
    RecordKind kind = kind(kindText);
    TaggableRecord record = record(kind, number);
    checkLater(campaign, record, actor);
    if (campaigns.tagged(campaign.getId(), kind, record.getId())) {
      throw new CampaignConflictException("该记录已标记本专项", "the record carries this campaign's tag already");
    }
    insert(campaign, kind, record.getId(), record.getUnit(), actor, Via.LATER, number);
    return new Tagged(campaign.getCode(), kind, number, record.getUnit());
  }

  /** Removes a tag (DELETE /api/campaigns/{code}/tags/{kind}/{number}); the same checks as {@link #tag}. */
  public void untag(String code, String kindText, String number, String actor) {
    Campaign campaign = campaign(code);
    RecordKind kind = kind(kindText);
    TaggableRecord record = record(kind, number);
    checkLater(campaign, record, actor);
    if (campaigns.removeTag(campaign.getId(), kind, record.getId(), actor, LocalDateTime.now(clock)) == 0) {
      throw new NotFoundException("该记录未标记本专项", "the record does not carry this campaign's tag");
    }
    events.record(GovernanceRecordKind.CAMPAIGN, campaign.getId(), CampaignStep.UNTAGGED, kind.name(), number, actor);
  }

  private void checkLater(Campaign campaign, TaggableRecord record, String actor) {
    if (!readPolicy.worksIn(record.getUnit()) && !readPolicy.headsUnit(record.getUnit())) {
      if (readPolicy.mayRead(CityReaders.CLUES, record.getUnit())) {
        throw new AuthorizationException(actor + " does not work the record's unit");
      }
      throw new NotFoundException("记录不存在", "no such record");
    }
    if (campaign.getStatus() == CampaignStatus.CLOSED) {
      throw new CampaignConflictException("专项报告已定稿，不能再改标签", "the campaign's report is frozen");
    }
    if (!TAGGABLE_LATER.contains(campaign.getStatus())) {
      throw InvalidInputException.of("code", "专项尚未开始（" + campaign.getStatus().label() + "）",
          "the campaign has not begun");
    }
    if (LocalDate.now(clock).isAfter(campaign.getPeriodTo().plusDays(settings.tagGraceDays()))) {
      throw new CampaignConflictException("专项结束已超过" + settings.tagGraceDays() + "日，不能再改标签",
          "more than " + settings.tagGraceDays() + " days after the campaign ended");
    }
    if (!participates(campaign, record.getUnit())) {
      throw InvalidInputException.of("number", "记录所属单位未参加本专项", "the record's unit does not take part");
    }
    LocalDate day = record.getOccurredAt().toLocalDate();
    if (!campaign.covers(day)) {
      throw InvalidInputException.of("number", "记录日期 " + day + " 不在专项期间内",
          "the record's day " + day + " is outside the campaign's period");
    }
  }

  private void insert(Campaign campaign, RecordKind kind, long recordId, String unit, String actor, Via via,
      String number) {
    CampaignTagRow row = new CampaignTagRow(campaign.getId(), kind, recordId, unit, actor, LocalDateTime.now(clock),
        via);
    try {
      if (campaigns.restoreTag(row) == 0) {
        campaigns.insertTag(row);
      }
    } catch (DuplicateKeyException e) {
      throw new CampaignConflictException("该记录已标记本专项", "the record carries this campaign's tag already");
    }
    events.record(GovernanceRecordKind.CAMPAIGN, campaign.getId(), CampaignStep.TAGGED, kind.name(),
        via.name() + " " + number, actor);
  }

  private boolean participates(Campaign campaign, String unit) {
    return unit != null && campaigns.findUnits(campaign.getId()).stream().anyMatch(u -> u.getUnit().equals(unit));
  }

  private Campaign campaign(String code) {
    return campaigns.findByCode(code).orElseThrow(() -> new NotFoundException("专项不存在", "no such campaign"));
  }

  private static RecordKind kind(String text) {
    RecordKind kind = text == null ? null : TAGGED_LATER_HERE.stream().filter(k -> k.name().equals(text)).findFirst()
        .orElse(null);
    if (kind == null) {
      throw InvalidInputException.of("kind", "记录种类应为 SPOT_CHECK、CLUE 或 CASE：" + text,
          "the kind is SPOT_CHECK, CLUE or CASE: " + text);
    }
    return kind;
  }

  private TaggableRecord record(RecordKind kind, String number) {
    if (number == null || number.isBlank()) {
      throw InvalidInputException.of("number", "请填写记录编号", "the record's number is required");
    }
    Optional<TaggableRecord> found = switch (kind) {
      case CLUE -> campaigns.findClue(number.trim());
      case CASE -> campaigns.findCase(number.trim());
      case SPOT_CHECK -> number.trim().matches("(SC-)?\\d{1,18}")
          ? campaigns.findSpotCheck(Long.parseLong(number.trim().replace("SC-", ""))) : Optional.empty();
      default -> Optional.empty();
    };
    return found.orElseThrow(() -> new NotFoundException("记录不存在", "no such record"));
  }

  private static List<String> distinct(List<String> codes) {
    return codes == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(codes.stream()
        .filter(c -> c != null && !c.isBlank()).map(String::trim).toList()));
  }
}
