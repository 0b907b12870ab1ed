package cn.samr.livestream.coordination;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.security.PersonalDataMask;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint and report centre's monthly summary of livestream complaint and report leads to the
 * coordination group (seed 000 §一): the month's complaints and report clues, listed from the data.
 */
@Service
@Transactional
public class LeadSummaryService {

  static final int MAX_SUMMARY = 8000;
  static final int MAX_LINE_TEXT = 60;
  static final int MAX_REMARKS = 2000;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final LeadSummaryMapper summaries;
  private final OrganizationService organization;
  private final Clock clock;

  public LeadSummaryService(LeadSummaryMapper summaries, OrganizationService organization, Clock clock) {
    this.summaries = summaries;
    this.organization = organization;
    this.clock = clock;
  }

  public LeadSummary summary(long id) {
    return summaries.findById(id).orElseThrow(() -> new NotFoundException("汇总不存在：" + id, "no summary " + id));
  }

  /** Compiles the month before today's; a month compiled before is returned as it was. */
  public LeadSummary compilePreviousMonth(String processInstanceId) {
    YearMonth month = YearMonth.now(clock).minusMonths(1);
    return summaries.findByMonth(month.toString()).orElseGet(() -> {
      LocalDateTime from = month.atDay(1).atStartOfDay();
      LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
      List<LeadLine> complaints = summaries.findComplaints(from, to);
      List<LeadLine> reports = summaries.findReports(from, to);
      StringBuilder text = new StringBuilder(month.getYear() + "年" + month.getMonthValue() + "月直播营销投诉"
          + complaints.size() + "件、举报线索" + reports.size() + "件。");
      for (LeadLine line : complaints) {
        text.append('\n').append(line("投诉", line));
      }
      for (LeadLine line : reports) {
        text.append('\n').append(line("举报", line));
      }
      LeadSummary summary = new LeadSummary();
      summary.setSummaryMonth(month.toString());
      summary.setComplaintCount(complaints.size());
      summary.setReportCount(reports.size());
      summary.setSummary(text.length() <= MAX_SUMMARY ? text.toString() : text.substring(0, MAX_SUMMARY - 1) + "…");
      summary.setCompiledAt(LocalDateTime.now(clock));
      summary.setProcessInstanceId(processInstanceId);
      summaries.insert(summary);
      return summary;
    });
  }

  private String line(String kind, LeadLine line) {
    String unit = organization.unit(line.handlingUnit()).map(OrgUnit::getName).orElse("未分派");
    // a report: phone and ID numbers people wrote into the description are masked
    String text = line.text() == null ? "" : PersonalDataMask.inText(line.text()).replaceAll("\\s+", " ");
    return kind + " " + line.number() + " " + DAY.format(line.receivedAt()) + " " + unit + "："
        + (text.length() <= MAX_LINE_TEXT ? text : text.substring(0, MAX_LINE_TEXT) + "…");
  }

  private static String optional(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.trim().length() > MAX_REMARKS) {
      throw InvalidInputException.of(field, "不超过2000字", "at most 2000 characters");
    }
    return text.trim();
  }

  /** 报送: the centre adds its remarks and submits the summary to the group. */
  public void submit(long id, String remarks, String actor) {
    LeadSummary summary = summary(id);
    summary.setSubmittedBy(actor);
    summary.setSubmittedAt(LocalDateTime.now(clock));
    summary.setCentreRemarks(optional(remarks, "centreRemarks"));
    summaries.update(summary);
  }

  /** 审阅: the group has read the summary. */
  public void review(long id, String note, String actor) {
    LeadSummary summary = summary(id);
    summary.setReviewedBy(actor);
    summary.setReviewedAt(LocalDateTime.now(clock));
    summary.setReviewNote(optional(note, "reviewNote"));
    summaries.update(summary);
  }
}
