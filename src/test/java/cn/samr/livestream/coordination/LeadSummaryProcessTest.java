package cn.samr.livestream.coordination;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.coordination.LeadSummaryProcess.Element;
import cn.samr.livestream.coordination.LeadSummaryProcess.Var;
import cn.samr.livestream.shared.Times;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * complaint-lead-summary (投诉举报线索月度汇总): on the 1st the month before is listed from the complaint and
 * clue rows; the complaint centre submits it, the coordination group reviews it.
 */
@ProcessTest(covers = LeadSummaryProcess.PROCESS_KEY)
class LeadSummaryProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired LeadSummaryMapper summaries;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void onTheFirstTheMonthsComplaintsAndReportsAreListedSubmittedAndReviewed() {
    complaint("TS-20240703-90001", LocalDateTime.of(2024, 7, 3, 9, 30), "district-310113", "主播宣称面膜可治疗湿疹，消费者要求退款，电话13812345678");
    complaint("TS-20240731-90002", LocalDateTime.of(2024, 7, 31, 23, 59), null, "直播间承诺七天无理由退货后拒绝退货");
    complaint("TS-20240801-90003", LocalDateTime.of(2024, 8, 1, 0, 0), "district-310113", "八月的投诉不在七月汇总中");
    complaint("TS-20240630-90004", LocalDateTime.of(2024, 6, 30, 23, 0), "district-310113", "六月的投诉不在七月汇总中");
    clue("XS-20240715-90001", "REPORT", LocalDateTime.of(2024, 7, 15, 14, 0), "district-310115", "举报直播间销售假冒品牌手表，举报人身份证310113199001011234");
    clue("XS-20240716-90002", "MONITORING", LocalDateTime.of(2024, 7, 16, 14, 0), "district-310115", "监测发现的线索不是举报");

    at(LocalDateTime.of(2024, 8, 1, 9, 0));
    Job timer = managementService.createJobQuery().processDefinitionKey(LeadSummaryProcess.PROCESS_KEY).timers()
        .singleResult();
    Assertions.assertThat(timer).isNotNull();
    managementService.executeJob(timer.getId());

    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadSummaryProcess.PROCESS_KEY)
        .processInstanceBusinessKey("HZ-2024-07").singleResult();
    assertThat(pi).isWaitingAt(Element.SUBMIT).hasPassed(Element.MONTHLY_TIMER, Element.COMPILE);
    LeadSummary summary = summaries.findByMonth("2024-07").orElseThrow();
    Assertions.assertThat(summary.getComplaintCount()).isEqualTo(2);
    Assertions.assertThat(summary.getReportCount()).isEqualTo(1);
    Assertions.assertThat(summary.getSummary()).startsWith("2024年7月直播营销投诉2件、举报线索1件。")
        .contains("投诉 TS-20240703-90001 2024-07-03 宝山区市场监督管理局：主播宣称面膜可治疗湿疹",
            "投诉 TS-20240731-90002 2024-07-31 未分派：", "举报 XS-20240715-90001 2024-07-15 浦东新区市场监督管理局：")
        .doesNotContain("90003", "90004", "XS-20240716-90002")
        // a report: phone and ID numbers written into the text are masked
        .contains("消费者要求退款，电话138****5678", "举报人身份证310***********1234")
        .doesNotContain("13812345678", "310113199001011234");
    assertThat(pi).variables().containsEntry(Var.LEAD_SUMMARY.name(), summary.getSummary())
        .containsEntry(Var.LIST_NUMBER.name(), "HZ-2024-07");
    // the next month's timer follows
    Assertions.assertThat(Times.toLocal(managementService.createJobQuery()
        .processDefinitionKey(LeadSummaryProcess.PROCESS_KEY).timers().singleResult().getDuedate()))
        .isEqualTo(LocalDateTime.of(2024, 9, 1, 9, 0));

    Task submit = task(Element.SUBMIT, pi);
    assertThat(submit).hasCandidateGroup(LeadSummaryProcess.CENTRE);
    complete(submit, withVariables(Var.CENTRE_REMARKS.name(), "七月退货类投诉增多"));
    Task review = task(Element.REVIEW, pi);
    assertThat(review).hasCandidateGroup(CoordinationProcess.GROUP);
    complete(review, withVariables(Var.REVIEW_NOTE.name(), "已阅，关注退货问题"));

    assertThat(pi).isEnded().hasPassed(Element.END);
    LeadSummary reviewed = summaries.findByMonth("2024-07").orElseThrow();
    Assertions.assertThat(reviewed.getCentreRemarks()).isEqualTo("七月退货类投诉增多");
    Assertions.assertThat(reviewed.getSubmittedAt()).isEqualTo(LocalDateTime.of(2024, 8, 1, 9, 0));
    Assertions.assertThat(reviewed.getReviewNote()).isEqualTo("已阅，关注退货问题");
    Assertions.assertThat(reviewed.getProcessInstanceId()).isEqualTo(pi.getId());
  }

  /**
   * The timer of 1 January 2027 (a holiday: the timer fires all the same) opens the summary of December
   * 2026, not of a month of 2027 or of the whole year; the next one is due on 1 February 2027.
   */
  @Test
  void acrossTheYearEndTheJanuaryTimerSummarisesDecember() {
    complaint("TS-20261231-90011", LocalDateTime.of(2026, 12, 31, 23, 59), "district-310113", "跨年夜直播间虚假宣传年货礼盒");
    complaint("TS-20261201-90012", LocalDateTime.of(2026, 12, 1, 0, 0), "district-310115", "十二月第一天的投诉");
    complaint("TS-20270101-90013", LocalDateTime.of(2027, 1, 1, 0, 1), "district-310113", "新年第一分钟的投诉属于一月");
    complaint("TS-20261130-90014", LocalDateTime.of(2026, 11, 30, 23, 59), "district-310113", "十一月的投诉不在十二月汇总中");
    clue("XS-20261231-90011", "REPORT", LocalDateTime.of(2026, 12, 31, 23, 59), "district-310115", "举报直播间销售假冒年货");
    clue("XS-20270101-90012", "REPORT", LocalDateTime.of(2027, 1, 1, 0, 1), "district-310115", "一月的举报不在十二月汇总中");
    clue("XS-20261115-90013", "REPORT", LocalDateTime.of(2026, 11, 15, 10, 0), "district-310115", "十一月的举报不在十二月汇总中");

    at(LocalDateTime.of(2027, 1, 1, 9, 0));
    Job timer = managementService.createJobQuery().processDefinitionKey(LeadSummaryProcess.PROCESS_KEY).timers()
        .singleResult();
    managementService.executeJob(timer.getId());

    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadSummaryProcess.PROCESS_KEY)
        .processInstanceBusinessKey("HZ-2026-12").singleResult();
    Assertions.assertThat(pi).as("the summary opened on 1 January 2027").isNotNull();
    assertThat(pi).isWaitingAt(Element.SUBMIT).variables().containsEntry(Var.SUMMARY_MONTH.name(), "2026-12")
        .containsEntry(Var.LIST_NUMBER.name(), "HZ-2026-12");
    Assertions.assertThat(summaries.findByMonth("2027-01")).isEmpty();
    Assertions.assertThat(summaries.findByMonth("2026-11")).isEmpty();
    LeadSummary summary = summaries.findByMonth("2026-12").orElseThrow();
    Assertions.assertThat(summary.getProcessInstanceId()).isEqualTo(pi.getId());
    Assertions.assertThat(summary.getSummary())
        .startsWith("2026年12月直播营销投诉" + summary.getComplaintCount() + "件、举报线索" + summary.getReportCount() + "件。")
        .contains("投诉 TS-20261231-90011 2026-12-31 宝山区市场监督管理局：跨年夜直播间虚假宣传年货礼盒",
            "投诉 TS-20261201-90012 2026-12-01 浦东新区市场监督管理局：", "举报 XS-20261231-90011 2026-12-31 浦东新区市场监督管理局：")
        .doesNotContain("90013", "90014", "XS-20270101-90012", "XS-20261115-90013");
    // other tests may have left December complaints in the shared database: every line listed is December's
    List<String> lines = summary.getSummary().lines().skip(1).toList();
    Assertions.assertThat(lines).hasSize(summary.getComplaintCount() + summary.getReportCount())
        .allSatisfy(line -> Assertions.assertThat(line).matches("(投诉|举报) \\S+ 2026-12-\\d{2} .*"));
    Assertions.assertThat(summary.getComplaintCount()).isGreaterThanOrEqualTo(2);
    Assertions.assertThat(summary.getReportCount()).isGreaterThanOrEqualTo(1);
    // the next timer: 1 February 2027, 9:00
    Assertions.assertThat(Times.toLocal(managementService.createJobQuery()
        .processDefinitionKey(LeadSummaryProcess.PROCESS_KEY).timers().singleResult().getDuedate()))
        .isEqualTo(LocalDateTime.of(2027, 2, 1, 9, 0));
  }

  private void complaint(String number, LocalDateTime receivedAt, String unit, String description) {
    jdbc.update("INSERT INTO complaint (complaint_no, source, received_at, claims, description, handling_unit, status,"
        + " created_at) VALUES (?, 'HOTLINE', ?, 'REFUND', ?, ?, 'CLOSED', ?)", number, receivedAt, description, unit,
        receivedAt);
  }

  private void clue(String number, String source, LocalDateTime receivedAt, String unit, String facts) {
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, handling_unit, status, created_at)"
        + " VALUES (?, ?, ?, 'INTELLECTUAL_PROPERTY', ?, ?, 'VERIFYING', ?)", number, source, receivedAt, facts, unit,
        receivedAt);
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(Times.ZONE).toInstant()));
  }
}
