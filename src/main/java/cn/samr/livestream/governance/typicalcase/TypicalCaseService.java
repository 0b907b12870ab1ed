package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.typicalcase.TypicalCaseMapper.PublicationRow;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a write-up after its proposal (typical-case): prefill, draft, the personal-data check, the head's
 * decision, publication and withdrawal. Every step is written to typical_case and governance_event; the check runs
 * here, on the server, whatever the form sent.
 */
@Service
@Transactional
public class TypicalCaseService {

  static final String PUBLIC_NUMBER_PREFIX = "ALDX";
  /** Shown in the draft form where the check found something: the officer rewrites the place. */
  static final String REWRITE_MARK = "【请改写：%s】";
  /** The task-local variables of the draft form ({@link #draftForm}). */
  public static final List<String> DRAFT_FORM_KEYS = java.util.stream.Stream.concat(
      java.util.Arrays.stream(WriteUpField.values()).map(WriteUpField::key),
      java.util.stream.Stream.of(TypicalCaseProcess.Var.FINDINGS_TEXT.name())).toList();

  private final TypicalCaseMapper writeUps;
  private final WriteUpSources sources;
  private final WriteUpScrubber scrubber;
  private final GovernanceEvents events;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final ObjectMapper json;
  private final Clock clock;

  public TypicalCaseService(TypicalCaseMapper writeUps, WriteUpSources sources, WriteUpScrubber scrubber,
      GovernanceEvents events, DocumentNumbers numbers, OrganizationService organization, ObjectMapper json,
      Clock clock) {
    this.writeUps = writeUps;
    this.sources = sources;
    this.scrubber = scrubber;
    this.events = events;
    this.numbers = numbers;
    this.organization = organization;
    this.json = json;
    this.clock = clock;
  }

  /** The draft form's text fields (lengths of typical_case). */
  public record DraftInput(String title, String partyDesignation, String facts, String violation, String basis,
      String outcome, String significance) {
  }

  public TypicalCase writeUp(long id) {
    return writeUps.findById(id).orElseThrow(() -> new NotFoundException("典型案例不存在：" + id, "no write-up " + id));
  }

  /** Task_PrefillWriteUp: category, penalty and a designation of the party; no name, account or number. */
  public void prefill(long id) {
    TypicalCase writeUp = writeUp(id);
    WriteUpSources.Prefill prefill = sources.prefill(sources.of(writeUp));
    writeUp.setTitle(prefill.title());
    writeUp.setPartyDesignation(prefill.partyDesignation());
    writeUp.setViolation(prefill.violation());
    writeUp.setOutcome(prefill.outcome());
    writeUp.setStatus(TypicalCaseStatus.DRAFT);
    writeUps.updateText(writeUp);
    event(id, TypicalCaseStep.PREFILLED, null, null, cn.samr.livestream.shared.Actors.SYSTEM);
  }

  /**
   * What the draft form shows: the current text, where the last check found something the place replaced by a mark
   * (the personal data itself never goes into a task variable), and the findings in words.
   */
  public Map<String, String> draftForm(long id) {
    TypicalCase writeUp = writeUp(id);
    List<Finding> findings = findings(writeUp);
    Map<String, String> form = new LinkedHashMap<>();
    Map<WriteUpField, String> masked = masked(writeUp, findings);
    for (WriteUpField field : WriteUpField.values()) {
      form.put(field.key(), masked.get(field) == null ? "" : masked.get(field));
    }
    form.put(TypicalCaseProcess.Var.FINDINGS_TEXT.name(), findingsText(findings));
    return form;
  }

  /** Task_DraftWriteUp completed: the text as submitted (validated), back to DRAFT until checked. */
  public void saveDraft(long id, DraftInput input, String actor) {
    Inputs inputs = new Inputs();
    required(inputs, "title", input.title(), 200);
    required(inputs, "partyDesignation", input.partyDesignation(), 100);
    required(inputs, "facts", input.facts(), 4000);
    optional(inputs, "violation", input.violation(), 1500);
    optional(inputs, "basis", input.basis(), 1000);
    optional(inputs, "outcome", input.outcome(), 1500);
    optional(inputs, "significance", input.significance(), 1000);
    inputs.throwIfAny();
    for (WriteUpField field : WriteUpField.values()) {
      String value = text(input, field);
      if (value != null && value.contains("【请改写：")) {
        throw InvalidInputException.of(field.key(), "请改写标出的位置后再提交", "rewrite the marked places first");
      }
    }
    TypicalCase writeUp = writeUp(id);
    writeUp.setTitle(input.title().trim());
    writeUp.setPartyDesignation(input.partyDesignation().trim());
    writeUp.setFacts(input.facts().trim());
    writeUp.setViolation(trim(input.violation()));
    writeUp.setBasis(trim(input.basis()));
    writeUp.setOutcome(trim(input.outcome()));
    writeUp.setSignificance(trim(input.significance()));
    writeUp.setStatus(TypicalCaseStatus.DRAFT);
    writeUps.updateText(writeUp);
    event(id, TypicalCaseStep.DRAFTED, null, null, actor);
  }

  /** Task_CheckPersonalData: true when nothing was found; the findings (without the text) are stored either way. */
  public boolean check(long id) {
    TypicalCase writeUp = writeUp(id);
    List<Finding> findings = scan(writeUp);
    boolean clean = findings.isEmpty();
    writeUps.updateCheck(id, clean ? TypicalCaseStatus.AWAITING_APPROVAL : TypicalCaseStatus.CHECK_FAILED,
        findingsJson(findings), LocalDateTime.now(clock));
    event(id, TypicalCaseStep.CHECK, clean ? TypicalCaseStep.CLEAN : TypicalCaseStep.FINDINGS,
        clean ? null : findings.size() + " 项", cn.samr.livestream.shared.Actors.SYSTEM);
    return clean;
  }

  /** What the approval form shows: the write-up as it will be published. */
  public String approvalText(long id) {
    TypicalCase writeUp = writeUp(id);
    StringBuilder text = new StringBuilder();
    for (WriteUpField field : WriteUpField.values()) {
      String value = field.of(writeUp);
      if (value != null && !value.isBlank()) {
        text.append("【").append(field.label()).append("】").append(value).append("\n");
      }
    }
    return text.toString().trim();
  }

  /** Task_ApproveWriteUp completed: APPROVE, RETURN or REJECT; a rejection frees the case for a new proposal. */
  public WriteUpDecision decide(long id, String decisionValue, String note, String actor) {
    Inputs inputs = new Inputs();
    WriteUpDecision decision = inputs.readEnum(WriteUpDecision.class, decisionValue, "writeUpDecision");
    optional(inputs, "approvalNote", note, 500);
    inputs.require(decision != WriteUpDecision.RETURN && decision != WriteUpDecision.REJECT
        || (note != null && !note.isBlank()), "approvalNote", "退回或不同意时须说明理由", "a reason is required");
    inputs.throwIfAny();
    TypicalCase writeUp = writeUp(id);
    TypicalCaseStatus status = switch (decision) {
      case APPROVE -> TypicalCaseStatus.AWAITING_APPROVAL;
      case RETURN -> TypicalCaseStatus.RETURNED;
      case REJECT -> TypicalCaseStatus.REJECTED;
    };
    writeUps.updateApproval(id, status, actor, LocalDateTime.now(clock), trim(note),
        decision == WriteUpDecision.REJECT ? null : writeUp.getSourceKey());
    event(id, TypicalCaseStep.APPROVAL, decision.name(), trim(note), actor);
    return decision;
  }

  /**
   * Task_PublishWriteUp: checked once more (a complainant's name may have come to be known since), then copied to
   * the public table: its public number, or empty when something was found (the findings stored; the delegate throws
   * the BPMN error back to drafting, outside this transactional method so that the transaction is not marked).
   */
  public java.util.Optional<String> publish(long id) {
    TypicalCase writeUp = writeUp(id);
    List<Finding> findings = scan(writeUp);
    LocalDateTime now = LocalDateTime.now(clock);
    if (!findings.isEmpty()) {
      writeUps.updateCheck(id, TypicalCaseStatus.CHECK_FAILED, findingsJson(findings), now);
      event(id, TypicalCaseStep.CHECK, TypicalCaseStep.FINDINGS, findings.size() + " 项（发布前复查）",
          cn.samr.livestream.shared.Actors.SYSTEM);
      return java.util.Optional.empty();
    }
    LocalDate today = now.toLocalDate();
    PublicationRow row = new PublicationRow();
    row.setPublicationNo(numbers.nextInYear(PUBLIC_NUMBER_PREFIX, today.getYear(), 4));
    row.setTitle(writeUp.getTitle());
    row.setPartyDesignation(writeUp.getPartyDesignation());
    row.setCategoryLabel(writeUp.getCategory() == null ? null : writeUp.getCategory().label());
    row.setFacts(writeUp.getFacts());
    row.setViolation(writeUp.getViolation());
    row.setBasis(writeUp.getBasis());
    row.setOutcome(writeUp.getOutcome());
    row.setSignificance(writeUp.getSignificance());
    row.setUnitName(organization.unit(writeUp.getProposerUnit()).map(OrgUnit::getName).orElse("上海市市场监督管理局"));
    row.setPublishedOn(today);
    writeUps.insertPublication(row);
    writeUps.updatePublished(id, row.getId());
    event(id, TypicalCaseStep.PUBLISHED, null, row.getPublicationNo(), cn.samr.livestream.shared.Actors.SYSTEM);
    return java.util.Optional.of(row.getPublicationNo());
  }

  /** Withdraws a published write-up: the public page no longer shows it; the case may be proposed again. */
  public void withdraw(TypicalCase writeUp, String reason, String actor) {
    Inputs inputs = new Inputs();
    required(inputs, "reason", reason, 500);
    inputs.throwIfAny();
    if (writeUp.getStatus() != TypicalCaseStatus.PUBLISHED || writeUp.getPublicationId() == null) {
      throw new WriteUpStateException("只能撤回已发布的典型案例（当前：" + writeUp.getStatus().label() + "）",
          "only a published write-up can be withdrawn");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    writeUps.withdrawPublication(writeUp.getPublicationId(), now);
    writeUps.updateWithdrawn(writeUp.getId(), actor, now, reason.trim());
    event(writeUp.getId(), TypicalCaseStep.WITHDRAWN, null, reason.trim(), actor);
  }

  /** The findings of the last check, as stored. */
  public List<Finding> findings(TypicalCase writeUp) {
    if (writeUp.getScrubFindings() == null || writeUp.getScrubFindings().isBlank()) {
      return List.of();
    }
    try {
      return List.of(json.readValue(writeUp.getScrubFindings(), Finding[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable findings of write-up " + writeUp.getId(), e);
    }
  }

  public static String findingsText(List<Finding> findings) {
    return findings.isEmpty() ? "" : findings.stream().map(Finding::describe).collect(Collectors.joining("\n"));
  }

  List<Finding> scan(TypicalCase writeUp) {
    Map<WriteUpField, String> fields = new EnumMap<>(WriteUpField.class);
    for (WriteUpField field : WriteUpField.values()) {
      fields.put(field, field.of(writeUp));
    }
    return scrubber.scan(fields, sources.known(sources.of(writeUp)));
  }

  /** The stored findings: at most what fits the column, never the matched text. */
  private String findingsJson(List<Finding> findings) {
    if (findings.isEmpty()) {
      return null;
    }
    List<Finding> kept = new ArrayList<>(findings);
    try {
      String value = json.writeValueAsString(kept);
      while (value.length() > 1000 && kept.size() > 1) {
        kept.remove(kept.size() - 1);
        value = json.writeValueAsString(kept);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text with every finding's place replaced by one mark naming what was found there. */
  private static Map<WriteUpField, String> masked(TypicalCase writeUp, List<Finding> findings) {
    Map<WriteUpField, String> out = new EnumMap<>(WriteUpField.class);
    for (WriteUpField field : WriteUpField.values()) {
      String text = field.of(writeUp);
      if (text == null) {
        continue;
      }
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int lineNo = i + 1;
        String line = lines[i];
        List<Finding> onLine = findings.stream().filter(f -> f.field() == field && f.line() == lineNo)
            .sorted(java.util.Comparator.comparingInt(Finding::column)).toList();
        StringBuilder masked = new StringBuilder();
        int next = 0;
        int points = line.codePointCount(0, line.length());
        for (int k = 0; k < onLine.size(); ) {
          int start = Math.min(onLine.get(k).column() - 1, points);
          int end = Math.min(start + Math.max(1, onLine.get(k).length()), points);
          java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
          kinds.add(onLine.get(k).kind().label());
          k++;
          while (k < onLine.size() && onLine.get(k).column() - 1 < end) {
            end = Math.max(end, Math.min(onLine.get(k).column() - 1 + Math.max(1, onLine.get(k).length()), points));
            kinds.add(onLine.get(k).kind().label());
            k++;
          }
          if (start < next) {
            start = next;
          }
          masked.append(line, line.offsetByCodePoints(0, next), line.offsetByCodePoints(0, start))
              .append(String.format(REWRITE_MARK, String.join("、", kinds)));
          next = Math.max(next, end);
        }
        masked.append(line.substring(line.offsetByCodePoints(0, Math.min(next, points))));
        lines[i] = masked.toString();
      }
      out.put(field, String.join("\n", lines));
    }
    return out;
  }

  private static String text(DraftInput input, WriteUpField field) {
    return switch (field) {
      case TITLE -> input.title();
      case PARTY_DESIGNATION -> input.partyDesignation();
      case FACTS -> input.facts();
      case VIOLATION -> input.violation();
      case BASIS -> input.basis();
      case OUTCOME -> input.outcome();
      case SIGNIFICANCE -> input.significance();
    };
  }

  private static void required(Inputs inputs, String field, String value, int max) {
    inputs.require(value != null && !value.isBlank(), field, "必填", "required");
    optional(inputs, field, value, max);
  }

  private static void optional(Inputs inputs, String field, String value, int max) {
    inputs.require(value == null || value.trim().length() <= max, field, "不能超过" + max + "字",
        "at most " + max + " characters");
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  void event(long id, TypicalCaseStep step, String decision, String detail, String actor) {
    events.record(GovernanceRecordKind.TYPICAL_CASE, id, step, decision, detail, actor);
  }
}
