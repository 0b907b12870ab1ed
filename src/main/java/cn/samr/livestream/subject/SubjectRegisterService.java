package cn.samr.livestream.subject;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as officers use it (监管对象名录库): search and lists, one entry with all that is known of it,
 * additions and corrections with every change audited (subject_change), counts per district. Who may do what
 * is the API's ({@code subject.api.SubjectAccess}); intake matching is {@link SubjectRegistry}'s.
 */
@Service
public class SubjectRegisterService {

  /** The largest page the search returns. */
  public static final int MAX_PAGE_SIZE = 200;

  private final SupervisedSubjectMapper mapper;
  private final SubjectRegistry registry;
  private final SubjectHistoryService histories;
  private final OrganizationService organization;
  private final Validator validator;
  private final Clock clock;

  public SubjectRegisterService(SupervisedSubjectMapper mapper, SubjectRegistry registry,
      SubjectHistoryService histories, OrganizationService organization, Validator validator, Clock clock) {
    this.mapper = mapper;
    this.registry = registry;
    this.histories = histories;
    this.organization = organization;
    this.validator = validator;
    this.clock = clock;
  }

  public record Page(List<SupervisedSubject> items, long total, int page, int size) {
  }

  /** A page of the register, by name; the influential-streamer list at the thresholds in force. */
  @Transactional(readOnly = true)
  public Page search(SubjectSearch search) {
    InfluenceThresholds thresholds = thresholds();
    SubjectSearch s = search.withThresholds(thresholds.followers(), thresholds.annualTurnover());
    List<SupervisedSubject> items = mapper.search(s);
    if (!items.isEmpty()) {
      Map<Long, List<SubjectType>> roles = new HashMap<>();
      for (Map<String, Object> row : mapper.findRolesOf(items.stream().map(SupervisedSubject::getId).toList())) {
        roles.computeIfAbsent(((Number) row.get("subjectId")).longValue(), id -> new ArrayList<>())
            .add(SubjectType.valueOf((String) row.get("role")));
      }
      items.forEach(i -> i.setRoles(SubjectRegistry.sorted(roles.getOrDefault(i.getId(), List.of()))));
    }
    return new Page(items, mapper.count(s), s.limit() == 0 ? 0 : s.offset() / s.limit(), s.limit());
  }

  /** The entry (a merged id gives its survivor) with everything known of it. */
  @Transactional(readOnly = true)
  public Optional<SubjectDetail> detail(long id) {
    return registry.byId(id).map(subject -> new SubjectDetail(id, subject, mapper.findNames(subject.getId()),
        mapper.findRelations(subject.getId()), mapper.findMerges(subject.getId()), mapper.findChanges(subject.getId()),
        histories.of(subject.getId()).orElseThrow()));
  }

  public Optional<SupervisedSubject> byId(long id) {
    return registry.byId(id);
  }

  /**
   * Adds an entry: 400 with every field error and nothing stored, 409 when its credit code or account is
   * already another record's (also when that record was added at the same moment: the unique key decides).
   */
  @Transactional
  public SupervisedSubject create(SubjectInput input, String actor) {
    validate(input);
    return insert(input, actor, SubjectNameEntry.REGISTERED);
  }

  /** Adds an already validated entry (one import row, name history source IMPORT); 409 as {@link #create}. */
  public SupervisedSubject insert(SubjectInput input, String actor, String source) {
    existing(input, null).ifPresent(e -> {
      throw new DuplicateSubjectException(e);
    });
    SupervisedSubject subject = new SupervisedSubject();
    LocalDateTime now = LocalDateTime.now(clock);
    apply(subject, input);
    subject.setSubjectType(subject.getRoles().get(0));
    subject.setCreatedAt(now);
    try {
      registry.insert(subject, source);
    } catch (DuplicateKeyException e) {
      throw new DuplicateSubjectException(existing(input, null).orElseThrow(() -> e));
    }
    mapper.insertChange(new SubjectChange(subject.getId(), SubjectChange.CREATED, null, subject.getName(), actor, now));
    return subject;
  }

  /**
   * Corrects an entry: each changed field is one subject_change row (who, when, old, new); a changed name,
   * code or account keeps the old one in the name history.
   */
  @Transactional
  public SupervisedSubject update(long id, SubjectInput input, String actor) {
    SupervisedSubject subject = registry.byId(id).orElseThrow();
    validate(input);
    existing(input, subject.getId()).ifPresent(e -> {
      throw new DuplicateSubjectException(e);
    });
    LocalDateTime now = LocalDateTime.now(clock);
    Map<String, String> before = fields(subject);
    String oldName = subject.getName();
    String oldCode = subject.getCreditCode();
    String oldPlatform = subject.getPlatformName();
    String oldAccount = subject.getAccountId();
    List<SubjectType> oldRoles = subject.getRoles();
    apply(subject, input);
    Map<String, String> after = fields(subject);
    List<SubjectChange> changes = new ArrayList<>();
    after.forEach((field, value) -> {
      if (!Objects.equals(before.get(field), value)) {
        changes.add(new SubjectChange(subject.getId(), field, before.get(field), value, actor, now));
      }
    });
    if (changes.isEmpty()) {
      return subject;
    }
    subject.setUpdatedAt(now);
    try {
      mapper.update(subject);
    } catch (DuplicateKeyException e) {
      throw new DuplicateSubjectException(existing(input, subject.getId()).orElseThrow(() -> e));
    }
    for (SubjectType role : oldRoles) {
      if (!subject.getRoles().contains(role)) {
        mapper.removeRole(subject.getId(), role, now);
      }
    }
    for (SubjectType role : subject.getRoles()) {
      if (!oldRoles.contains(role)) {
        registry.addRole(subject.getId(), role, now);
      }
    }
    if (!Objects.equals(oldName, subject.getName()) || !Objects.equals(oldCode, subject.getCreditCode())
        || !Objects.equals(oldPlatform, subject.getPlatformName())
        || !Objects.equals(oldAccount, subject.getAccountId())) {
      mapper.insertName(subject.getId(), new SubjectNameEntry(subject.getName(), subject.getCreditCode(),
          subject.getPlatformName(), subject.getAccountId(), SubjectNameEntry.CORRECTION, now));
    }
    changes.forEach(mapper::insertChange);
    return subject;
  }

  /** Records a relation from one party to another (room ↔ operator, streamer ↔ agency, room/shop ↔ platform). */
  @Transactional
  public void relate(long fromId, long toId, RelationType type, java.time.LocalDate validFrom,
      java.time.LocalDate validTo, String actor) {
    mapper.insertRelation(fromId, toId, type, validFrom, validTo, actor, LocalDateTime.now(clock));
    mapper.insertChange(new SubjectChange(fromId, "relation", null, type + " → " + toId, actor,
        LocalDateTime.now(clock)));
  }

  public List<SubjectRelation> relations(long id) {
    return mapper.findRelations(id);
  }

  /** The field errors of an entry, all at once; nothing is stored while there are any. */
  public void validate(SubjectInput input) {
    List<cn.samr.livestream.shared.FieldError> errors = check(input);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The field errors of an entry (an import reports them per line). */
  public List<cn.samr.livestream.shared.FieldError> check(SubjectInput input) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(input), field -> field);
    List<SubjectType> roles = input.roles() == null ? List.of() : input.roles().stream().filter(Objects::nonNull)
        .toList();
    boolean hasCode = notBlank(input.creditCode());
    boolean hasPlatform = notBlank(input.platformName());
    boolean hasAccount = notBlank(input.accountId());
    inputs.require(hasPlatform == hasAccount, hasPlatform ? "accountId" : "platformName",
        "平台名称与账号须同时填写", "platform and account id go together");
    if (roles.stream().anyMatch(SubjectType::organisation)) {
      inputs.require(hasCode, "creditCode", "平台、机构和商品经营者须填写统一社会信用代码",
          "platforms, agencies and merchants need a unified social credit code");
    }
    if (roles.stream().anyMatch(SubjectType::account)) {
      inputs.require(hasPlatform && hasAccount, "accountId", "主播和直播间须填写平台及账号",
          "streamers and live rooms need their platform and account id");
    }
    if (roles.contains(SubjectType.ROOM_OPERATOR)) {
      inputs.require(hasCode || (hasPlatform && hasAccount), "creditCode", "直播间运营者须填写统一社会信用代码或平台账号",
          "a room operator needs a credit code or a platform account");
    }
    if (input.keyArea() != null) {
      inputs.require(roles.contains(SubjectType.MERCHANT), "keyArea", "重点领域仅适用于商品经营者",
          "a key area applies to merchants only");
    }
    if (notBlank(input.districtCode()) && input.districtCode().length() <= 16) {
      inputs.require(organization.districtByCode(input.districtCode().trim()).isPresent(), "districtCode",
          "未知辖区：" + input.districtCode(), "unknown district: " + input.districtCode());
    }
    return inputs.errors();
  }

  /** The record that already holds the entry's credit code or account. */
  public Optional<SupervisedSubject> registered(SubjectInput input) {
    return existing(input, null);
  }

  /** The record that already holds the entry's credit code or account, other than {@code self}. */
  private Optional<SupervisedSubject> existing(SubjectInput input, Long self) {
    Optional<SupervisedSubject> byCode = notBlank(input.creditCode())
        ? mapper.findByCreditCode(input.creditCode().trim()) : Optional.empty();
    if (byCode.isPresent() && !byCode.get().getId().equals(self)) {
      return byCode;
    }
    Optional<SupervisedSubject> byAccount = notBlank(input.platformName()) && notBlank(input.accountId())
        ? mapper.findByAccount(input.platformName().trim(), input.accountId().trim()) : Optional.empty();
    return byAccount.filter(s -> !s.getId().equals(self));
  }

  private static void apply(SupervisedSubject subject, SubjectInput input) {
    subject.setRoles(SubjectRegistry.sorted(input.roles()));
    subject.setName(input.name().trim());
    subject.setCreditCode(trimToNull(input.creditCode()));
    subject.setPlatformName(trimToNull(input.platformName()));
    subject.setAccountId(trimToNull(input.accountId()));
    subject.setDistrictCode(input.districtCode().trim());
    subject.setKeyArea(input.keyArea());
    subject.setFollowers(input.followers());
    subject.setAnnualTurnover(input.annualTurnover());
    subject.setRiskLevel(input.riskLevel());
  }

  /** The audited fields as text, in a stable order. */
  private static Map<String, String> fields(SupervisedSubject s) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("roles", s.getRoles().stream().map(Enum::name).collect(Collectors.joining(",")));
    fields.put("name", s.getName());
    fields.put("creditCode", s.getCreditCode());
    fields.put("platformName", s.getPlatformName());
    fields.put("accountId", s.getAccountId());
    fields.put("districtCode", s.getDistrictCode());
    fields.put("keyArea", s.getKeyArea() == null ? null : s.getKeyArea().name());
    fields.put("followers", s.getFollowers() == null ? null : s.getFollowers().toString());
    fields.put("annualTurnover", s.getAnnualTurnover() == null ? null
        : s.getAnnualTurnover().stripTrailingZeros().toPlainString());
    fields.put("riskLevel", s.getRiskLevel() == null ? null : s.getRiskLevel().name());
    return fields;
  }

  /**
   * Every active district with its counts: platforms, room operators, live rooms, streamers, agencies and
   * merchants registered there, key merchants and influential streamers. For the monthly figures.
   */
  @Transactional(readOnly = true)
  public List<DistrictCounts> countsByDistrict() {
    Map<String, Map<SubjectType, Long>> roles = new HashMap<>();
    for (Map<String, Object> row : mapper.countRolesByDistrict()) {
      roles.computeIfAbsent((String) row.get("district"), d -> new EnumMap<>(SubjectType.class))
          .put(SubjectType.valueOf((String) row.get("role")), ((Number) row.get("n")).longValue());
    }
    Map<String, Long> keyMerchants = byDistrict(mapper.countKeyMerchantsByDistrict());
    InfluenceThresholds t = thresholds();
    Map<String, Long> influential = byDistrict(mapper.countInfluentialByDistrict(t.followers(), t.annualTurnover()));
    List<DistrictCounts> counts = new ArrayList<>();
    for (OrgUnit district : organization.activeDistricts()) {
      String code = district.getDistrictCode();
      Map<SubjectType, Long> r = roles.getOrDefault(code, Map.of());
      counts.add(new DistrictCounts(code, district.getName(), r.getOrDefault(SubjectType.PLATFORM, 0L),
          r.getOrDefault(SubjectType.ROOM_OPERATOR, 0L), r.getOrDefault(SubjectType.LIVE_ROOM, 0L),
          r.getOrDefault(SubjectType.STREAMER, 0L), r.getOrDefault(SubjectType.AGENCY, 0L),
          r.getOrDefault(SubjectType.MERCHANT, 0L), keyMerchants.getOrDefault(code, 0L),
          influential.getOrDefault(code, 0L)));
    }
    return counts;
  }

  private static Map<String, Long> byDistrict(List<Map<String, Object>> rows) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(row -> counts.put((String) row.get("district"), ((Number) row.get("n")).longValue()));
    return counts;
  }

  /** The influential-streamer thresholds in force (subject_setting). */
  public InfluenceThresholds thresholds() {
    return new InfluenceThresholds(
        Long.valueOf(mapper.findSetting(InfluenceThresholds.FOLLOWERS_KEY).orElseThrow()),
        new BigDecimal(mapper.findSetting(InfluenceThresholds.TURNOVER_KEY).orElseThrow()));
  }

  /** An administrator sets the thresholds; both required, neither negative. */
  @Transactional
  public InfluenceThresholds setThresholds(InfluenceThresholds thresholds, String actor) {
    Inputs inputs = new Inputs();
    inputs.require(thresholds.followers() != null && thresholds.followers() >= 0, "followers",
        "粉丝数门槛须为非负整数", "the follower threshold must be a non-negative whole number");
    inputs.require(thresholds.annualTurnover() != null && thresholds.annualTurnover().signum() >= 0,
        "annualTurnover", "年交易额门槛须为非负数", "the turnover threshold must not be negative");
    inputs.throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock);
    mapper.updateSetting(InfluenceThresholds.FOLLOWERS_KEY, thresholds.followers().toString(), actor, now);
    mapper.updateSetting(InfluenceThresholds.TURNOVER_KEY, thresholds.annualTurnover().toPlainString(), actor, now);
    return thresholds();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static String trimToNull(String s) {
    return notBlank(s) ? s.trim() : null;
  }
}
