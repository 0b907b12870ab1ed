package cn.samr.livestream.governance.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.calendar.CalendarChangeFixture;
import cn.samr.livestream.governance.campaign.CampaignProcess.Element;
import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.access.CityGroups;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The campaign's copies of the units' summary deadline across Spring Festival 2027 (CampaignDeadlineSync):
 * campaign.summary_due and each unit's campaign_unit.summary_due, moved with the summary tasks and the overdue timers;
 * a unit whose summary is in keeps its copy. The campaign ends on Monday 1 February 2027 before 2027 is entered; the
 * 2027 arrangement is test data (TestCalendarYears): 5–14 February off, Saturday 20 February worked.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignDeadlineSyncTest extends CalendarChangeFixture {

  static final String BAOSHAN = "district-310113";
  static final String PUDONG = "district-310115";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CampaignMapper campaigns;
  @Autowired ObjectMapper json;

  String coordinator;

  @BeforeAll
  void coordinator(TestUsers users) {
    coordinator = users.create("campaign-sync-coordinator", CityGroups.COORDINATION);
  }

  @Test
  void theSummaryDeadlineMovesOnTheCampaignAndTheUnitsStillSummarising() throws Exception {
    at(LocalDateTime.of(2027, 1, 5, 10, 0));
    ResponseEntity<String> created = TestHttp.send(http, coordinator, HttpMethod.POST, "/api/campaigns",
        SpecialCampaignProcessTest.cityPlan("2027-01-20", "2027-02-01"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    Campaign campaign = campaigns.findByCode(json.readTree(created.getBody()).get("code").asText()).orElseThrow();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.PROCESS_KEY)
        .processInstanceBusinessKey(campaign.getCode()).singleResult();
    taskService.complete(task(pi, Element.APPROVE_PLAN).getId(), Map.of(Var.PLAN_APPROVED.name(), true));
    at(LocalDateTime.of(2027, 1, 20, 0, 0));
    runDueJobs(pi);
    at(LocalDateTime.of(2027, 2, 2, 9, 0));
    runDueJobs(pi);
    // 5 working days after Mon 1 February, weekends only: 2–5, 8 Feb; with 2027 entered: 2, 3, 4, 15, 16 Feb
    LocalDate provisional = LocalDate.of(2027, 2, 8);
    LocalDate recomputed = LocalDate.of(2027, 2, 16);
    assertThat(campaigns.findById(campaign.getId()).orElseThrow().getSummaryDue()).isEqualTo(endOfDay(provisional));
    assertThat(summaryTask(pi, BAOSHAN).getDueDate()).isEqualTo(endOf(provisional));
    // 浦东 hands its summary in before the calendar changes
    at(LocalDateTime.of(2027, 2, 2, 10, 0));
    taskService.complete(summaryTask(pi, PUDONG).getId(), Map.of(Var.SUMMARY.name(), "浦东新区专项小结。"));

    enter2027(LocalDateTime.of(2027, 2, 2, 11, 0));

    assertThat(summaryTask(pi, BAOSHAN).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId(Element.OVERDUE_TIMER)
        .list()).singleElement().satisfies(job -> assertThat(job.getDuedate()).isEqualTo(endOf(recomputed)));
    assertThat(campaigns.findById(campaign.getId()).orElseThrow().getSummaryDue()).isEqualTo(endOfDay(recomputed));
    assertThat(unit(campaign, BAOSHAN).getSummaryDue()).isEqualTo(endOfDay(recomputed));
    assertThat(unit(campaign, PUDONG).getSummaryDue()).isEqualTo(endOfDay(provisional));
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private Task summaryTask(ProcessInstance pi, String unit) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.SUBMIT_SUMMARY)
        .taskCandidateGroup(unit).singleResult();
  }

  private CampaignUnit unit(Campaign campaign, String unit) {
    return campaigns.findUnits(campaign.getId()).stream().filter(u -> u.getUnit().equals(unit)).findFirst()
        .orElseThrow();
  }

  private void runDueJobs(ProcessInstance pi) {
    for (int i = 0; i < 100; i++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs keep coming");
  }
}
