package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import cn.samr.livestream.complaint.ReferralService;
import cn.samr.livestream.complaint.ReferralService.ReferredMatter;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.casefile.CaseFilingService;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.enforcement.transfer.CriminalTransfer;
import cn.samr.livestream.enforcement.transfer.TransferOutcome;
import cn.samr.livestream.enforcement.transfer.TransferService;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.SubjectNameEntry;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Reads a write-up's source through the other features' services: whether a case or transfer may become a typical
 * case, what the draft starts from, and the known values the personal-data check compares with (in memory only).
 */
@Component
public class WriteUpSources {

  static final String CASE_KEY = "CASE:";
  static final String TRANSFER_KEY = "TRANSFER:";
  /** Where a company is registered, left out of the designation (上海某…). */
  private static final Pattern REGION = Pattern.compile("^(上海市?|[\\p{IsHan}]{1,4}[区县]|中国)+");
  private static final List<String> ORG_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "合伙企业", "个人独资企业",
      "分公司", "公司", "商行", "经营部", "工作室", "店");
  /** Industry words kept in a designation, longest first (seed 002: 上海某科技开发有限公司, 上海某医院有限公司). */
  private static final List<String> INDUSTRY_WORDS = List.of("生物科技", "信息技术", "网络科技", "电子商务", "科技开发",
      "文化传媒", "供应链管理", "贸易", "商贸", "实业", "医院", "医疗美容", "化妆品", "食品", "服饰", "传媒", "科技", "网络",
      "文化", "电子", "珠宝", "酒业", "茶业", "药房", "药业");

  private final CaseFilingService cases;
  private final TransferService transfers;
  private final ClueService clues;
  private final ReferralService referrals;
  private final ComplaintWorkflowService complaints;
  private final SubjectRegistry subjects;
  private final EnforcementRecords records;
  private final HistoryService historyService;
  private final IdentityService identityService;

  public WriteUpSources(CaseFilingService cases, TransferService transfers, ClueService clues,
      ReferralService referrals, ComplaintWorkflowService complaints, SubjectRegistry subjects,
      EnforcementRecords records, HistoryService historyService, IdentityService identityService) {
    this.cases = cases;
    this.transfers = transfers;
    this.clues = clues;
    this.referrals = referrals;
    this.complaints = complaints;
    this.subjects = subjects;
    this.records = records;
    this.historyService = historyService;
    this.identityService = identityService;
  }

  /**
   * The source named by a case number or a criminal transfer's document number; 404 when there is none. Whether it
   * may become a typical case is {@link WriteUpSource#ready()}.
   */
  public WriteUpSource resolve(String sourceNo, String field) {
    String no = sourceNo == null ? "" : sourceNo.trim();
    if (no.isEmpty()) {
      throw InvalidInputException.of(field, "请填写案件编号或涉嫌犯罪移送文号", "a case number or a criminal transfer number is required");
    }
    Optional<CaseFile> caseFile = cases.byNo(no);
    if (caseFile.isPresent()) {
      CaseFile c = caseFile.get();
      return new WriteUpSource(c.getId(), null, c.getClueId(), c.getUnit(), clues.clue(c.getClueId()).getCategory(),
          subjectIds(c.getSubjectId(), c.getClueId()), CASE_KEY + c.getId(), c.getPublishedAt() != null);
    }
    Optional<CriminalTransfer> transfer = transfers.byTransferNo(no);
    if (transfer.isPresent()) {
      CriminalTransfer t = transfer.get();
      return new WriteUpSource(t.getCaseId(), t.getId(), t.getClueId(), t.getUnit(),
          clues.clue(t.getClueId()).getCategory(), subjectIds(t.getSubjectId(), t.getClueId()),
          TRANSFER_KEY + t.getId(), t.getOutcome() == TransferOutcome.ACCEPTED);
    }
    throw new NotFoundException("案件或移送不存在或无权查看：" + no, "no such case or transfer, or not yours to read: " + no);
  }

  /** The source of a stored write-up. */
  public WriteUpSource of(TypicalCase writeUp) {
    if (writeUp.getCriminalTransferId() != null) {
      CriminalTransfer t = transfers.transfer(writeUp.getCriminalTransferId());
      return new WriteUpSource(t.getCaseId(), t.getId(), t.getClueId(), t.getUnit(),
          clues.clue(t.getClueId()).getCategory(), subjectIds(t.getSubjectId(), t.getClueId()),
          TRANSFER_KEY + t.getId(), true);
    }
    CaseFile c = cases.caseFile(writeUp.getCaseId());
    return new WriteUpSource(c.getId(), null, c.getClueId(), c.getUnit(), clues.clue(c.getClueId()).getCategory(),
        subjectIds(c.getSubjectId(), c.getClueId()), CASE_KEY + c.getId(), true);
  }

  private List<Long> subjectIds(Long subjectId, Long clueId) {
    Set<Long> ids = new LinkedHashSet<>();
    if (subjectId != null) {
      ids.add(subjectId);
    }
    if (clueId != null) {
      ids.addAll(clues.subjectIds(clueId));
    }
    return List.copyOf(ids);
  }

  /** What the draft starts from: a designation of the party, the category and the penalty, no name, no number. */
  public Prefill prefill(WriteUpSource source) {
    String designation = source.subjectIds().stream().findFirst().flatMap(subjects::byId).map(WriteUpSources::designate)
        .orElse("上海某公司");
    String categoryLabel = source.category() == null ? null : source.category().label();
    String outcome;
    if (source.transferId() != null) {
      outcome = "涉嫌犯罪，依法移送公安机关，公安机关已立案侦查。";
    } else {
      outcome = penalty(cases.caseFile(source.caseId()));
    }
    String title = designation + (categoryLabel == null ? "违法" : categoryLabel) + "案";
    return new Prefill(title, designation, categoryLabel, outcome);
  }

  public record Prefill(String title, String partyDesignation, String violation, String outcome) {
  }

  /** 「上海某科技开发有限公司」: region and the distinguishing words dropped, industry and form kept. */
  static String designate(SupervisedSubject subject) {
    if (subject.getSubjectType() == SubjectType.STREAMER) {
      return "某网络主播";
    }
    if (subject.getSubjectType() == SubjectType.LIVE_ROOM) {
      return "某直播间";
    }
    String name = subject.getName() == null ? "" : subject.getName().trim();
    String form = ORG_FORMS.stream().filter(name::endsWith).findFirst().orElse("");
    if (form.isEmpty() || form.equals("店")) {
      return "上海某经营者";
    }
    String core = REGION.matcher(name.substring(0, name.length() - form.length())).replaceFirst("");
    String industry = INDUSTRY_WORDS.stream().filter(core::contains).findFirst().orElse("");
    return "上海某" + industry + form;
  }

  private static String penalty(CaseFile c) {
    List<String> parts = new ArrayList<>();
    if (Boolean.TRUE.equals(c.getWarning())) {
      parts.add("警告");
    }
    if (c.getConfiscationAmount() != null && c.getConfiscationAmount().signum() > 0) {
      parts.add("没收违法所得" + yuan(c.getConfiscationAmount()) + "元");
    }
    if (c.getFineAmount() != null && c.getFineAmount().signum() > 0) {
      parts.add("罚款" + yuan(c.getFineAmount()) + "元");
    }
    return parts.isEmpty() ? "依法作出行政处罚。" : "依法作出" + String.join("、", parts) + "的行政处罚。";
  }

  private static String yuan(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  /**
   * The values the check compares with, for this source: the parties (names, former names, the core of a company
   * name, credit codes, accounts, merged records'), the complainant of a referred complaint and a real-name reporter,
   * the officers who worked the clue, case and transfer, and every number of them. In memory only.
   */
  public KnownValues known(WriteUpSource source) {
    KnownValues known = new KnownValues();
    for (long id : source.subjectIds()) {
      subjects.survivorOf(id).ifPresent(survivor -> {
        for (long each : subjects.idsOf(survivor)) {
          subjects.byId(each).ifPresent(s -> addSubject(known, s.getName(), s.getCreditCode(), s.getAccountId(),
              FindingKind.SUBJECT_NAME));
        }
        for (SubjectNameEntry entry : subjects.namesOf(survivor)) {
          addSubject(known, entry.name(), entry.creditCode(), entry.accountId(), FindingKind.FORMER_NAME);
        }
      });
    }
    List<String> processInstances = new ArrayList<>();
    if (source.clueId() != null) {
      Clue clue = clues.clue(source.clueId());
      known.add(FindingKind.DOCUMENT_NO, clue.getClueNo()).add(FindingKind.DOCUMENT_NO, clue.getExternalNo());
      known.add(FindingKind.OFFICER, clue.getRegisteredBy());
      processInstances.add(clue.getProcessInstanceId());
      clues.reporter(clue.getId()).ifPresent(r -> known.add(FindingKind.REPORTER, r.getName())
          .add(FindingKind.REPORTER, r.getPhone()).add(FindingKind.REPORTER, r.getIdNumber())
          .add(FindingKind.REPORTER, r.getAddress()));
      if (clue.getReferralId() != null) {
        ReferredMatter matter = referrals.referredMatter(clue.getReferralId());
        known.add(FindingKind.DOCUMENT_NO, matter.complaintNo())
            .add(FindingKind.DOCUMENT_NO, matter.referral().getReferralNo());
        complaints.complainant(matter.referral().getComplaintId()).ifPresent(c -> known
            .add(FindingKind.COMPLAINANT, c.getName()).add(FindingKind.COMPLAINANT, c.getPhone()));
      }
      records.ofClue(clue.getId()).forEach(action -> addAction(known, action));
      cases.ofClue(clue.getId()).forEach(c -> {
        addCase(known, c);
        processInstances.add(c.getProcessInstanceId());
      });
      transfers.ofClue(clue.getId()).forEach(t -> {
        known.add(FindingKind.DOCUMENT_NO, t.getTransferNo());
        Arrays.stream(t.getReportingOfficers() == null ? new String[0] : t.getReportingOfficers().split(","))
            .forEach(officer -> known.add(FindingKind.OFFICER, officer));
        known.add(FindingKind.OFFICER, t.getApprovedBy()).add(FindingKind.OFFICER, t.getTransferredBy());
        processInstances.add(t.getProcessInstanceId());
      });
    }
    if (source.caseId() != null) {
      addCase(known, cases.caseFile(source.caseId()));
      records.ofCase(source.caseId()).forEach(action -> addAction(known, action));
    }
    EngineCalls.asSystem(() -> {
      officers(processInstances, known);
      return null;
    });
    return known;
  }

  private static void addSubject(KnownValues known, String name, String creditCode, String accountId,
      FindingKind nameKind) {
    known.add(nameKind, name).add(nameKind, core(name));
    known.add(FindingKind.CREDIT_CODE, creditCode).add(FindingKind.ACCOUNT, accountId);
  }

  /** The distinguishing part of a company name: 上海优品网络科技有限公司 → 优品网络科技. */
  static String core(String name) {
    if (name == null) {
      return null;
    }
    String form = ORG_FORMS.stream().filter(name::endsWith).findFirst().orElse("");
    String core = REGION.matcher(name.substring(0, name.length() - form.length())).replaceFirst("");
    return core.equals(name) || core.length() < 2 || INDUSTRY_WORDS.contains(core) ? null : core;
  }

  private static void addCase(KnownValues known, CaseFile c) {
    known.add(FindingKind.DOCUMENT_NO, c.getCaseNo()).add(FindingKind.DOCUMENT_NO, c.getDecisionNo());
    known.add(FindingKind.OFFICER, c.getFilingDecidedBy());
  }

  private static void addAction(KnownValues known, EnforcementAction action) {
    known.add(FindingKind.DOCUMENT_NO, action.getDocumentNo());
    if (action.getOfficers() != null) {
      Arrays.stream(action.getOfficers().split("[,，、\\s]+")).forEach(o -> known.add(FindingKind.OFFICER, o));
    }
  }

  /** Whoever worked the source's processes (task assignees, starters) by user id and by name. */
  private void officers(List<String> processInstanceIds, KnownValues known) {
    Set<String> users = new LinkedHashSet<>();
    Set<String> instances = new LinkedHashSet<>();
    for (String id : processInstanceIds) {
      if (id == null) {
        continue;
      }
      instances.add(id);
      historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list().stream()
          .map(HistoricProcessInstance::getId).forEach(instances::add);
    }
    for (String instance : instances) {
      HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(instance).singleResult();
      if (process != null && process.getStartUserId() != null) {
        users.add(process.getStartUserId());
      }
      historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).list().stream()
          .map(HistoricTaskInstance::getAssignee).filter(a -> a != null).forEach(users::add);
    }
    users.forEach(u -> known.add(FindingKind.OFFICER, u));
    if (!users.isEmpty()) {
      for (User user : identityService.createUserQuery().userIdIn(users.toArray(String[]::new)).list()) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        known.add(FindingKind.OFFICER, last + first).add(FindingKind.OFFICER, first + last);
      }
    }
  }
}
