package cn.samr.livestream.governance.credit;

import static cn.samr.livestream.governance.credit.CreditFixtures.BAOSHAN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.calendar.CalendarChangeFixture;
import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.governance.credit.CreditListingProcess.Element;
import cn.samr.livestream.governance.credit.CreditListingProcess.Message;
import cn.samr.livestream.governance.credit.CreditListingProcess.Var;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.SubjectRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The listing's copies of engine deadlines across Spring Festival 2027 (CreditDeadlineSync): the publication's
 * (credit_listing.publication_due) and each joint-punishment notice's feedback (credit_notice.feedback_due), moved
 * with the task and the overdue timer, one notice told from another by its own execution. Listed on Tuesday
 * 2 February 2027 before 2027 is entered; the 2027 arrangement is test data (TestCalendarYears): 5–14 February off,
 * Saturday 20 February worked.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditDeadlineSyncTest extends CalendarChangeFixture {

  static final LocalDateTime LISTED = LocalDateTime.of(2027, 2, 2, 10, 0);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CreditListingMapper listings;
  @Autowired SubjectRegistry subjects;
  @Autowired CreditListingIntakeService intake;
  @Autowired CreditRequestService requests;

  @Test
  void thePublicationAndTheFeedbackDeadlinesMoveOnTheListingAndItsNotices() {
    at(LISTED);
    ProcessInstance pi = listed();
    CreditListing listing = listing(pi);
    // publication, 20 working days after Tue 2 February, weekends only: 3–5 Feb (3), 8–12 (8), 15–19 (13),
    // 22–26 (18), 1, 2 Mar (20); with 2027 entered: 3, 4 Feb (2), 5–14 off, 15–19 (7), Sat 20 (8), 22–26 (13),
    // 1–5 Mar (18), 8, 9 Mar (20)
    LocalDate publicationProvisional = LocalDate.of(2027, 3, 2);
    LocalDate publicationRecomputed = LocalDate.of(2027, 3, 9);
    assertThat(task(pi, Element.RECORD_PUBLICATION).getDueDate()).isEqualTo(endOf(publicationProvisional));
    assertThat(listing.getPublicationDue()).isEqualTo(endOfDay(publicationProvisional));
    assertThat(provisional(Deadline.TargetKind.TASK, task(pi, Element.RECORD_PUBLICATION).getId())).isTrue();
    // feedback, 10 working days after Tue 2 February, weekends only: 3–5 Feb (3), 8–12 (8), 15, 16 (10);
    // with 2027 entered: 3, 4 Feb (2), 15–19 (7), Sat 20 (8), 22, 23 (10)
    LocalDate feedbackProvisional = LocalDate.of(2027, 2, 16);
    LocalDate feedbackRecomputed = LocalDate.of(2027, 2, 23);
    List<CreditNotice> notices = listings.findNotices(listing.getId());
    assertThat(notices).hasSize(4)
        .allSatisfy(n -> assertThat(n.getFeedbackDue()).isEqualTo(endOfDay(feedbackProvisional)));
    // one department answers before the calendar changes: its copy stays as it was
    Task answered = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.RECORD_NOTICE_FEEDBACK).list().get(0);
    long answeredNotice = (Long) taskService.getVariable(answered.getId(), Var.CREDIT_NOTICE_ID.name());
    at(LISTED.plusHours(1));
    taskService.complete(answered.getId(), Map.of(Var.FEEDBACK.name(), "已纳入本部门联合惩戒措施"));

    enter2027(LISTED.plusHours(2));

    assertThat(task(pi, Element.RECORD_PUBLICATION).getDueDate()).isEqualTo(endOf(publicationRecomputed));
    assertThat(listing(pi).getPublicationDue()).isEqualTo(endOfDay(publicationRecomputed));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.PUBLICATION_TIMER).singleResult().getDuedate()).isEqualTo(endOf(publicationRecomputed));
    List<Task> open = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.RECORD_NOTICE_FEEDBACK).list();
    assertThat(open).hasSize(3).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(endOf(feedbackRecomputed)));
    assertThat(listings.findNotices(listing.getId())).allSatisfy(n -> assertThat(n.getFeedbackDue())
        .isEqualTo(endOfDay(n.getId() == answeredNotice ? feedbackProvisional : feedbackRecomputed)));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.FEEDBACK_OVERDUE_TIMER).list()).hasSize(3)
        .allSatisfy(job -> assertThat(job.getDuedate()).isEqualTo(endOf(feedbackRecomputed)));
  }

  @Test
  void anObjectionsAcceptanceDeadlineMovesOnTheRequest() {
    at(LISTED);
    long subjectId = CreditFixtures.company(subjects, "上海异议期限同步测试有限公司", "310113");
    ListingRequest request = new ListingRequest(ListingKind.ABNORMAL, subjectId, null, ListingGround.UNREACHABLE,
        "通过登记的住所无法联系（实地核查两次）", LISTED.toLocalDate(), null);
    String pid = intake.propose(request, "baoshan-head", List.of(CreditFixtures.BAOSHAN_HEADS)).processInstanceId();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult();
    taskService.complete(task(pi, Element.APPROVE_LISTING).getId(), Map.of(Var.LISTING_APPROVED.name(), true));
    taskService.complete(task(pi, Element.RECORD_PUBLICATION).getId(),
        Map.of(Var.PUBLISHED_ON.name(), LISTED.toLocalDate().toString()));
    requests.fileObjection(listing(pi), new PartyRequest(LISTED.toLocalDate(), "住所可以联系"), "officer");
    // acceptance, 5 working days after Tue 2 February, weekends only: 3–5, 8, 9 Feb; with 2027 entered: 3, 4, 15–17 Feb
    LocalDate provisional = LocalDate.of(2027, 2, 9);
    LocalDate recomputed = LocalDate.of(2027, 2, 17);
    assertThat(task(pi, Element.ACCEPT_OBJECTION).getDueDate()).isEqualTo(endOf(provisional));
    assertThat(listings.findRequests(listing(pi).getId())).singleElement()
        .satisfies(r -> assertThat(r.getDue()).isEqualTo(endOfDay(provisional)));

    enter2027(LISTED.plusHours(2));

    assertThat(task(pi, Element.ACCEPT_OBJECTION).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(listings.findRequests(listing(pi).getId())).singleElement()
        .satisfies(r -> assertThat(r.getDue()).isEqualTo(endOfDay(recomputed)));
  }

  /** A case's serious-list decision, approved by the head and the higher department on Tue 2 February 2027. */
  private ProcessInstance listed() {
    long subjectId = CreditFixtures.company(subjects, "上海期限同步测试有限公司", "310113");
    String caseNo = CreditFixtures.decidedCase(jdbc, subjectId, BAOSHAN, LISTED.minusDays(1));
    ProcessInstance pi = runtimeService.createMessageCorrelation(Message.CREDIT_LISTING_PROPOSED)
        .setVariable(Var.CASE_ID.name(), CreditFixtures.caseId(jdbc, caseNo)).correlateStartMessage();
    taskService.complete(task(pi, Element.APPROVE_LISTING).getId(), Map.of(Var.LISTING_APPROVED.name(), true,
        Var.APPROVAL_NOTE.name(), "情节严重"));
    taskService.complete(task(pi, Element.HIGHER_APPROVAL).getId(), Map.of(Var.HIGHER_APPROVED.name(), true));
    assertThat(listing(pi).getStatus()).isEqualTo(ListingStatus.LISTED);
    assertThat(Times.toLocal(Times.toDate(listing(pi).getListedOn().atStartOfDay())).toLocalDate())
        .isEqualTo(LISTED.toLocalDate());
    return pi;
  }

  private Task task(ProcessInstance pi, String activityId) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private CreditListing listing(ProcessInstance pi) {
    long id = ((Number) runtimeService.getVariable(pi.getId(), Var.LISTING_ID.name())).longValue();
    return listings.findById(id).orElseThrow();
  }
}
