package cn.samr.livestream.security;

import static cn.samr.livestream.security.AuthorizationMatrixTest.Action.*;
import static cn.samr.livestream.security.AuthorizationMatrixTest.Expect.*;
import static cn.samr.livestream.security.AuthorizationMatrixTest.Role.*;
import static cn.samr.livestream.security.AuthorizationMatrixTest.Target.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.governance.credit.CreditListingProcess;
import cn.samr.livestream.governance.interview.InterviewProcess;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess;
import cn.samr.livestream.governance.typicalcase.TypicalCaseFixtures;
import cn.samr.livestream.governance.typicalcase.TypicalCaseProcess;
import cn.samr.livestream.notification.NotificationEvent;
import cn.samr.livestream.notification.NotificationRef;
import cn.samr.livestream.notification.Notifications;
import cn.samr.livestream.notification.OutboxDispatcher;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Who may do what to whose work, over the seeded roles (organization/shanghai.yaml, grants of
 * organization/GroupGrants): one row per role, action and target, with the outcome expected. Each target is a
 * real process instance started through the application (POST /api/complaints, /api/clues, /api/escalations);
 * the actions go through the Java API under {@code identityService.setAuthentication} and through
 * /engine-rest and /api with HTTP Basic, as Tasklist, Cockpit and other clients do.
 *
 * <p>Outcomes: {@link Expect#YES} done or shown in full, {@link Expect#MASKED} shown with the personal data
 * masked or withheld, {@link Expect#NO} refused — 403 or AuthorizationException for an action, an empty answer
 * for a query, 404 for a record under /api (as implemented: who may not read a record learns nothing of it).
 * An action that changes something runs on a fresh instance, and a refusal must leave it unchanged.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  static Stream<Arguments> matrix() {
    return Stream.concat(Stream.of(
        // ---- a district's officers and heads cannot see, claim or complete another district's tasks
        row(BAOSHAN_OFFICER, TASK_VISIBLE, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, TASK_CLAIM, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, TASK_COMPLETE, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, REST_TASK_LIST, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, REST_TASK_CLAIM, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, REST_TASK_COMPLETE, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, TASK_VISIBLE, PUDONG_CLUE, NO),
        row(BAOSHAN_OFFICER, REST_TASK_CLAIM, PUDONG_CLUE, NO),
        row(BAOSHAN_HEAD, TASK_VISIBLE, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_HEAD, REST_TASK_CLAIM, PUDONG_COMPLAINT, NO),
        // ... which that district's officers see and work
        row(PUDONG_OFFICER, TASK_VISIBLE, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, TASK_CLAIM, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, TASK_COMPLETE, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, REST_TASK_LIST, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, REST_TASK_CLAIM, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, REST_TASK_COMPLETE, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, REST_TASK_LIST, PUDONG_CLUE, YES),
        row(BAOSHAN_OFFICER, TASK_VISIBLE, BAOSHAN_COMPLAINT, YES),
        // heads work the tasks addressed to heads (approvals, overdue supervision), not the officers'
        row(BAOSHAN_HEAD, TASK_VISIBLE, BAOSHAN_COMPLAINT, NO),

        // ---- nor read another unit's process instances, variables or history
        row(BAOSHAN_OFFICER, REST_INSTANCE, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, REST_VARIABLES, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, REST_HISTORY_VARIABLES, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, REST_VARIABLES, PUDONG_CLUE, NO),
        row(BAOSHAN_OFFICER, REST_HISTORY_VARIABLES, PUDONG_CLUE, NO),
        row(BAOSHAN_HEAD, REST_INSTANCE, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_HEAD, REST_VARIABLES, PUDONG_CLUE, NO),
        row(BAOSHAN_HEAD, REST_HISTORY_INSTANCE, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_HEAD, REST_HISTORY_VARIABLES, PUDONG_COMPLAINT, NO),
        // ... but their own unit's (Cockpit for heads)
        row(BAOSHAN_HEAD, REST_INSTANCE, BAOSHAN_COMPLAINT, YES),
        row(BAOSHAN_HEAD, REST_VARIABLES, BAOSHAN_COMPLAINT, YES),
        row(BAOSHAN_HEAD, REST_HISTORY_INSTANCE, BAOSHAN_COMPLAINT, YES),
        row(BAOSHAN_HEAD, REST_HISTORY_VARIABLES, BAOSHAN_COMPLAINT, YES),
        row(BAOSHAN_OFFICER, REST_VARIABLES, BAOSHAN_COMPLAINT, YES),
        row(PUDONG_HEAD, REST_INSTANCE, PUDONG_CLUE, YES),
        row(PUDONG_HEAD, REST_HISTORY_VARIABLES, PUDONG_CLUE, YES),
        // ... and the unit that started it (the centre registered the complaint), without its tasks
        row(CENTRE, REST_INSTANCE, PUDONG_COMPLAINT, YES),
        row(CENTRE, REST_HISTORY_INSTANCE, PUDONG_COMPLAINT, YES),
        row(CENTRE, REST_TASK_LIST, PUDONG_COMPLAINT, NO),
        row(CENTRE, REST_INSTANCE, PUDONG_CLUE, NO),

        // ---- records under /api: another district gets 404; the complainant and reporter only for the handling
        // unit's officers
        row(BAOSHAN_OFFICER, API_READ, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_HEAD, API_READ, PUDONG_COMPLAINT, NO),
        row(PUDONG_OFFICER, API_READ, PUDONG_COMPLAINT, YES),
        row(PUDONG_HEAD, API_READ, PUDONG_COMPLAINT, MASKED),
        row(SUPERVISOR, API_READ, PUDONG_COMPLAINT, MASKED),
        row(COORDINATION, API_READ, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, API_READ, PUDONG_CLUE, NO),
        row(BAOSHAN_HEAD, API_READ, PUDONG_CLUE, NO),
        row(PUDONG_OFFICER, API_READ, PUDONG_CLUE, YES),
        row(PUDONG_HEAD, API_READ, PUDONG_CLUE, MASKED),
        row(SUPERVISOR, API_READ, PUDONG_CLUE, MASKED),

        // ---- supervisors read every unit's instances and tasks (Cockpit) ...
        row(SUPERVISOR, TASK_VISIBLE, PUDONG_COMPLAINT, YES),
        row(SUPERVISOR, REST_TASK_LIST, PUDONG_COMPLAINT, YES),
        row(SUPERVISOR, REST_TASK_LIST, PUDONG_CLUE, YES),
        row(SUPERVISOR, REST_INSTANCE, PUDONG_COMPLAINT, YES),
        row(SUPERVISOR, REST_INSTANCE, BAOSHAN_COMPLAINT, YES),
        row(SUPERVISOR, REST_VARIABLES, PUDONG_CLUE, YES),
        row(SUPERVISOR, REST_HISTORY_INSTANCE, PUDONG_CLUE, YES),
        row(SUPERVISOR, REST_HISTORY_VARIABLES, PUDONG_COMPLAINT, YES),
        // ... but claim, complete, change, suspend, delete or start nothing
        row(SUPERVISOR, TASK_CLAIM, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, TASK_COMPLETE, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_TASK_CLAIM, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_TASK_COMPLETE, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, SET_VARIABLE, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_SET_VARIABLE, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_SUSPEND, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, DELETE_INSTANCE, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_DELETE_INSTANCE, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, START, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_START, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_START, PUDONG_CLUE, NO),
        row(SUPERVISOR, REST_START, BAOSHAN_ESCALATION, NO),
        // ... nor comment on a task or attach to it, nor change its comments and attachments
        // (Camunda checks nothing when a comment or attachment is added: CommentAttachmentGuard)
        row(SUPERVISOR, REST_COMMENT, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_ATTACH, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, COMMENT, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, ATTACH, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, INSTANCE_COMMENT, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, INSTANCE_ATTACH, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_UPDATE_COMMENT, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_DELETE_COMMENT, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_DELETE_ATTACHMENT, PUDONG_COMPLAINT, NO),
        row(SUPERVISOR, REST_COMMENT, PUDONG_CLUE, NO),
        row(SUPERVISOR, REST_ATTACH, PUDONG_CLUE, NO),
        // the coordination group and the monitoring centre read other units' tasks, and work only their own
        row(COORDINATION, REST_COMMENT, PUDONG_COMPLAINT, NO),
        row(COORDINATION, REST_ATTACH, PUDONG_COMPLAINT, NO),
        row(COORDINATION, REST_DELETE_ATTACHMENT, PUDONG_COMPLAINT, NO),
        row(COORDINATION, REST_COMMENT, BAOSHAN_ESCALATION, YES),
        row(MONITOR, REST_COMMENT, PUDONG_COMPLAINT, NO),
        row(MONITOR, REST_ATTACH, PUDONG_COMPLAINT, NO),
        row(MONITOR, REST_COMMENT, PUDONG_CLUE, NO),
        // another district not even through the Java API; the unit that works the task may
        row(BAOSHAN_OFFICER, COMMENT, PUDONG_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, ATTACH, PUDONG_COMPLAINT, NO),
        row(PUDONG_OFFICER, REST_COMMENT, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, REST_ATTACH, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, COMMENT, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, REST_UPDATE_COMMENT, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, REST_DELETE_ATTACHMENT, PUDONG_COMPLAINT, YES),
        row(PUDONG_OFFICER, REST_COMMENT, PUDONG_CLUE, YES),
        // a comment or attachment on the process instance itself needs UPDATE on it: administrators only
        row(PUDONG_OFFICER, INSTANCE_COMMENT, PUDONG_COMPLAINT, NO),
        row(PUDONG_OFFICER, INSTANCE_ATTACH, PUDONG_COMPLAINT, NO),

        // ---- escalations: the reporting unit reads its own, only the coordination group reads them city-wide
        row(BAOSHAN_OFFICER, API_READ, BAOSHAN_ESCALATION, YES),
        row(BAOSHAN_HEAD, API_READ, BAOSHAN_ESCALATION, YES),
        row(PUDONG_OFFICER, API_READ, BAOSHAN_ESCALATION, NO),
        row(PUDONG_HEAD, API_READ, BAOSHAN_ESCALATION, NO),
        row(SUPERVISOR, API_READ, BAOSHAN_ESCALATION, NO),
        row(COORDINATION, API_READ, BAOSHAN_ESCALATION, YES),
        row(COORDINATION_HEAD, API_READ, BAOSHAN_ESCALATION, YES),
        row(BAOSHAN_HEAD, REST_INSTANCE, BAOSHAN_ESCALATION, YES),
        row(BAOSHAN_OFFICER, REST_VARIABLES, BAOSHAN_ESCALATION, YES),
        row(PUDONG_HEAD, REST_INSTANCE, BAOSHAN_ESCALATION, NO),
        row(PUDONG_HEAD, REST_HISTORY_VARIABLES, BAOSHAN_ESCALATION, NO),
        row(PUDONG_OFFICER, REST_VARIABLES, BAOSHAN_ESCALATION, NO),
        row(SUPERVISOR, REST_INSTANCE, BAOSHAN_ESCALATION, NO),
        row(SUPERVISOR, REST_HISTORY_INSTANCE, BAOSHAN_ESCALATION, NO),
        row(SUPERVISOR, REST_TASK_LIST, BAOSHAN_ESCALATION, NO),
        row(COORDINATION, REST_INSTANCE, BAOSHAN_ESCALATION, YES),
        row(COORDINATION, REST_TASK_LIST, BAOSHAN_ESCALATION, YES),
        row(COORDINATION_HEAD, REST_HISTORY_INSTANCE, BAOSHAN_ESCALATION, YES),

        // ---- department transfers (部门移送): the sending unit, the coordination group and the supervisors read
        // them; another district learns nothing; the head approves; supervisors start nothing; coordination may start
        row(BAOSHAN_OFFICER, API_READ, BAOSHAN_DEPARTMENT_TRANSFER, YES),
        row(BAOSHAN_HEAD, API_READ, BAOSHAN_DEPARTMENT_TRANSFER, YES),
        row(PUDONG_OFFICER, API_READ, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(PUDONG_HEAD, API_READ, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(SUPERVISOR, API_READ, BAOSHAN_DEPARTMENT_TRANSFER, YES),
        row(COORDINATION, API_READ, BAOSHAN_DEPARTMENT_TRANSFER, YES),
        row(COORDINATION_HEAD, API_READ, BAOSHAN_DEPARTMENT_TRANSFER, YES),
        row(MONITOR, API_READ, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(BAOSHAN_HEAD, TASK_VISIBLE, BAOSHAN_DEPARTMENT_TRANSFER, YES),
        row(BAOSHAN_OFFICER, TASK_VISIBLE, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(PUDONG_HEAD, TASK_VISIBLE, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(PUDONG_HEAD, REST_TASK_CLAIM, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(BAOSHAN_OFFICER, REST_INSTANCE, BAOSHAN_DEPARTMENT_TRANSFER, YES),
        row(PUDONG_OFFICER, REST_INSTANCE, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(PUDONG_OFFICER, REST_VARIABLES, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(SUPERVISOR, REST_INSTANCE, BAOSHAN_DEPARTMENT_TRANSFER, YES),
        row(SUPERVISOR, REST_TASK_CLAIM, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(SUPERVISOR, REST_START, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(MONITOR, REST_START, BAOSHAN_DEPARTMENT_TRANSFER, NO),
        row(COORDINATION, START, BAOSHAN_DEPARTMENT_TRANSFER, YES),
        row(PUDONG_OFFICER, START, BAOSHAN_DEPARTMENT_TRANSFER, YES),

        // ---- interviews (行政约谈): a unit's heads and the coordination group start them, a district's officers do not;
        // the host unit, the subjects' districts, the coordination group and the supervisors read them
        row(BAOSHAN_OFFICER, START, BAOSHAN_INTERVIEW, NO),
        row(BAOSHAN_OFFICER, REST_START, BAOSHAN_INTERVIEW, NO),
        row(PUDONG_OFFICER, START, BAOSHAN_INTERVIEW, NO),
        row(SUPERVISOR, REST_START, BAOSHAN_INTERVIEW, NO),
        row(MONITOR, START, BAOSHAN_INTERVIEW, NO),
        row(BAOSHAN_HEAD, START, BAOSHAN_INTERVIEW, YES),
        row(PUDONG_HEAD, REST_START, BAOSHAN_INTERVIEW, YES),
        row(COORDINATION, START, BAOSHAN_INTERVIEW, YES),
        row(COORDINATION_HEAD, REST_START, BAOSHAN_INTERVIEW, YES),
        row(BAOSHAN_OFFICER, API_READ, BAOSHAN_INTERVIEW, YES),
        row(BAOSHAN_HEAD, API_READ, BAOSHAN_INTERVIEW, YES),
        row(PUDONG_OFFICER, API_READ, BAOSHAN_INTERVIEW, NO),
        row(PUDONG_HEAD, API_READ, BAOSHAN_INTERVIEW, NO),
        row(CENTRE, API_READ, BAOSHAN_INTERVIEW, NO),
        row(SUPERVISOR, API_READ, BAOSHAN_INTERVIEW, YES),
        row(COORDINATION, API_READ, BAOSHAN_INTERVIEW, YES),
        row(COORDINATION_HEAD, API_READ, BAOSHAN_INTERVIEW, YES),
        row(BAOSHAN_OFFICER, TASK_VISIBLE, BAOSHAN_INTERVIEW, YES),
        row(BAOSHAN_OFFICER, REST_TASK_LIST, BAOSHAN_INTERVIEW, YES),
        row(BAOSHAN_HEAD, REST_INSTANCE, BAOSHAN_INTERVIEW, YES),
        row(PUDONG_OFFICER, TASK_VISIBLE, BAOSHAN_INTERVIEW, NO),
        row(PUDONG_HEAD, REST_INSTANCE, BAOSHAN_INTERVIEW, NO),
        row(PUDONG_OFFICER, REST_HISTORY_VARIABLES, BAOSHAN_INTERVIEW, NO),
        row(SUPERVISOR, REST_INSTANCE, BAOSHAN_INTERVIEW, YES),
        row(SUPERVISOR, REST_TASK_CLAIM, BAOSHAN_INTERVIEW, NO),

        // ---- typical cases (典型案例): the proposing unit, the coordination group (宣传), supervisors read; others 404
        row(BAOSHAN_OFFICER, API_READ, BAOSHAN_TYPICAL_CASE, YES),
        row(BAOSHAN_HEAD, API_READ, BAOSHAN_TYPICAL_CASE, YES),
        row(PUDONG_OFFICER, API_READ, BAOSHAN_TYPICAL_CASE, NO),
        row(PUDONG_HEAD, API_READ, BAOSHAN_TYPICAL_CASE, NO),
        row(SUPERVISOR, API_READ, BAOSHAN_TYPICAL_CASE, YES),
        row(COORDINATION, API_READ, BAOSHAN_TYPICAL_CASE, YES),
        row(COORDINATION_HEAD, API_READ, BAOSHAN_TYPICAL_CASE, YES),
        row(MONITOR, API_READ, BAOSHAN_TYPICAL_CASE, NO),
        row(BAOSHAN_OFFICER, API_TIMELINE, BAOSHAN_TYPICAL_CASE, YES),
        row(PUDONG_OFFICER, API_TIMELINE, BAOSHAN_TYPICAL_CASE, NO),
        row(SUPERVISOR, API_TIMELINE, BAOSHAN_TYPICAL_CASE, YES),
        row(MONITOR, API_TIMELINE, BAOSHAN_TYPICAL_CASE, NO),
        row(BAOSHAN_OFFICER, API_LIST, BAOSHAN_TYPICAL_CASE, YES),
        row(BAOSHAN_HEAD, API_LIST, BAOSHAN_TYPICAL_CASE, YES),
        row(PUDONG_OFFICER, API_LIST, BAOSHAN_TYPICAL_CASE, NO),
        row(PUDONG_HEAD, API_LIST, BAOSHAN_TYPICAL_CASE, NO),
        row(COORDINATION, API_LIST, BAOSHAN_TYPICAL_CASE, YES),
        row(SUPERVISOR, API_LIST, BAOSHAN_TYPICAL_CASE, YES),
        row(MONITOR, API_LIST, BAOSHAN_TYPICAL_CASE, NO),
        // proposed by the unit that handled the case; another district learns nothing (404), readers may not (403)
        row(BAOSHAN_OFFICER, API_PROPOSE, BAOSHAN_TYPICAL_CASE, YES),
        row(BAOSHAN_HEAD, API_PROPOSE, BAOSHAN_TYPICAL_CASE, YES),
        row(PUDONG_OFFICER, API_PROPOSE, BAOSHAN_TYPICAL_CASE, NO),
        row(SUPERVISOR, API_PROPOSE, BAOSHAN_TYPICAL_CASE, NO),
        row(COORDINATION, API_PROPOSE, BAOSHAN_TYPICAL_CASE, NO),
        row(MONITOR, API_PROPOSE, BAOSHAN_TYPICAL_CASE, NO),
        // withdrawn by the proposing unit's heads or the coordination group's heads
        row(BAOSHAN_HEAD, API_WITHDRAW, BAOSHAN_TYPICAL_CASE, YES),
        row(COORDINATION_HEAD, API_WITHDRAW, BAOSHAN_TYPICAL_CASE, YES),
        row(BAOSHAN_OFFICER, API_WITHDRAW, BAOSHAN_TYPICAL_CASE, NO),
        row(PUDONG_HEAD, API_WITHDRAW, BAOSHAN_TYPICAL_CASE, NO),
        row(SUPERVISOR, API_WITHDRAW, BAOSHAN_TYPICAL_CASE, NO),
        row(COORDINATION, API_WITHDRAW, BAOSHAN_TYPICAL_CASE, NO),
        // the draft task is the unit's
        row(BAOSHAN_OFFICER, REST_TASK_LIST, BAOSHAN_TYPICAL_CASE, YES),
        row(PUDONG_OFFICER, REST_TASK_LIST, BAOSHAN_TYPICAL_CASE, NO),
        row(SUPERVISOR, REST_INSTANCE, BAOSHAN_TYPICAL_CASE, YES),

        // ---- credit listings: a head's decision; the listing unit and the subject's district read it, so do the
        // coordination group and the supervisors (GET /api/credit-listings/{no}); other districts get 404
        row(BAOSHAN_HEAD, START, BAOSHAN_LISTING, YES),
        row(BAOSHAN_OFFICER, START, BAOSHAN_LISTING, NO),
        row(PUDONG_HEAD, REST_START, BAOSHAN_LISTING, YES),
        row(SUPERVISOR, START, BAOSHAN_LISTING, NO),
        row(BAOSHAN_OFFICER, API_READ, BAOSHAN_LISTING, YES),
        row(BAOSHAN_HEAD, API_READ, BAOSHAN_LISTING, YES),
        row(PUDONG_OFFICER, API_READ, BAOSHAN_LISTING, NO),
        row(PUDONG_HEAD, API_READ, BAOSHAN_LISTING, NO),
        row(SUPERVISOR, API_READ, BAOSHAN_LISTING, YES),
        row(COORDINATION, API_READ, BAOSHAN_LISTING, YES),
        row(COORDINATION_HEAD, API_READ, BAOSHAN_LISTING, YES),
        row(MONITOR, API_READ, BAOSHAN_LISTING, NO),
        row(BAOSHAN_HEAD, TASK_VISIBLE, BAOSHAN_LISTING, YES),
        row(PUDONG_HEAD, TASK_VISIBLE, BAOSHAN_LISTING, NO),
        row(BAOSHAN_OFFICER, REST_INSTANCE, BAOSHAN_LISTING, YES),
        row(PUDONG_HEAD, REST_INSTANCE, BAOSHAN_LISTING, NO),
        row(PUDONG_OFFICER, REST_HISTORY_VARIABLES, BAOSHAN_LISTING, NO),
        row(COORDINATION, REST_INSTANCE, BAOSHAN_LISTING, YES),

        // ---- hand-offs (issue 17, docs/tasklist.md 「交接」): a Baoshan complaint's 受理审查, claimed by the Baoshan
        // officer (for a resolution: delegated to him by a colleague); to a Baoshan colleague
        row(BAOSHAN_OFFICER, API_TRANSFER, BAOSHAN_COMPLAINT, YES),
        row(BAOSHAN_HEAD, API_TRANSFER, BAOSHAN_COMPLAINT, YES),
        row(PUDONG_OFFICER, API_TRANSFER, BAOSHAN_COMPLAINT, NO),
        row(PUDONG_HEAD, API_TRANSFER, BAOSHAN_COMPLAINT, NO),
        row(SUPERVISOR, API_TRANSFER, BAOSHAN_COMPLAINT, NO),
        row(COORDINATION, API_TRANSFER, BAOSHAN_COMPLAINT, NO),
        row(CENTRE, API_TRANSFER, BAOSHAN_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, API_DELEGATE, BAOSHAN_COMPLAINT, YES),
        row(BAOSHAN_HEAD, API_DELEGATE, BAOSHAN_COMPLAINT, NO),
        row(PUDONG_OFFICER, API_DELEGATE, BAOSHAN_COMPLAINT, NO),
        row(PUDONG_HEAD, API_DELEGATE, BAOSHAN_COMPLAINT, NO),
        row(SUPERVISOR, API_DELEGATE, BAOSHAN_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, API_RESOLVE, BAOSHAN_COMPLAINT, YES),
        row(BAOSHAN_HEAD, API_RESOLVE, BAOSHAN_COMPLAINT, NO),
        row(PUDONG_OFFICER, API_RESOLVE, BAOSHAN_COMPLAINT, NO),
        row(SUPERVISOR, API_RESOLVE, BAOSHAN_COMPLAINT, NO),
        row(BAOSHAN_OFFICER, API_HAND_OFF_OPTIONS, BAOSHAN_COMPLAINT, YES),
        row(BAOSHAN_HEAD, API_HAND_OFF_OPTIONS, BAOSHAN_COMPLAINT, YES),
        row(PUDONG_OFFICER, API_HAND_OFF_OPTIONS, BAOSHAN_COMPLAINT, NO),
        row(PUDONG_HEAD, API_HAND_OFF_OPTIONS, BAOSHAN_COMPLAINT, NO),
        // the supervisors read every task: the options answer, with no action
        row(SUPERVISOR, API_HAND_OFF_OPTIONS, BAOSHAN_COMPLAINT, YES),
        row(COORDINATION, API_HAND_OFF_OPTIONS, BAOSHAN_COMPLAINT, NO),
        // Tasklist's assignee field: TASK_ASSIGN for the unit's groups, HandOffGuard for who and to whom
        row(BAOSHAN_OFFICER, REST_TASK_ASSIGN, BAOSHAN_COMPLAINT, YES),
        row(BAOSHAN_HEAD, REST_TASK_ASSIGN, BAOSHAN_COMPLAINT, YES),
        row(PUDONG_OFFICER, REST_TASK_ASSIGN, BAOSHAN_COMPLAINT, NO),
        row(PUDONG_HEAD, REST_TASK_ASSIGN, BAOSHAN_COMPLAINT, NO),
        row(SUPERVISOR, REST_TASK_ASSIGN, BAOSHAN_COMPLAINT, NO),
        row(COORDINATION, REST_TASK_ASSIGN, BAOSHAN_COMPLAINT, NO),

        // ---- notifications (/api/notifications, /api/notification-preferences/me): rows for every role below
        row(BAOSHAN_OFFICER, NOTIFICATION_LIST, NOTIFICATION, YES),
        row(BAOSHAN_OFFICER, NOTIFICATION_READ, NOTIFICATION, YES),
        row(PUDONG_OFFICER, NOTIFICATION_READ, NOTIFICATION, NO),
        row(ADMIN, NOTIFICATION_FAILED, NOTIFICATION, YES),
        row(OPERATIONS, NOTIFICATION_RETRY, NOTIFICATION, YES)),
        notificationRows());
  }

  /**
   * Every role × every notification endpoint: a user's own in-app messages and preferences for everybody (another
   * user's message is 404 and missing from the list; the fixture's message is BAOSHAN_OFFICER's), the failed
   * deliveries and their retry for administrators and the operations group only (403).
   */
  static Stream<Arguments> notificationRows() {
    return Stream.of(Role.values()).flatMap(role -> Stream.of(
        row(role, NOTIFICATION_LIST, NOTIFICATION, role == BAOSHAN_OFFICER ? YES : NO),
        row(role, NOTIFICATION_UNREAD_COUNT, NOTIFICATION, YES),
        row(role, NOTIFICATION_READ, NOTIFICATION, role == BAOSHAN_OFFICER ? YES : NO),
        row(role, NOTIFICATION_READ_ALL, NOTIFICATION, YES),
        row(role, PREFERENCES_READ, NOTIFICATION, YES),
        row(role, PREFERENCES_WRITE, NOTIFICATION, YES),
        row(role, NOTIFICATION_FAILED, NOTIFICATION, role == ADMIN || role == OPERATIONS ? YES : NO),
        row(role, NOTIFICATION_RETRY, NOTIFICATION, role == ADMIN || role == OPERATIONS ? YES : NO)));
  }

  /** A second Baoshan officer: the colleague a hand-off goes to (and who delegates to the Baoshan officer). */
  static final String HAND_OFF_COLLEAGUE = "matrix-handoff-colleague";

  /** The seeded roles; each gets a test user in the role's group. */
  enum Role {
    BAOSHAN_OFFICER("district-310113"),
    BAOSHAN_HEAD("district-310113-head"),
    PUDONG_OFFICER("district-310115"),
    PUDONG_HEAD("district-310115-head"),
    SUPERVISOR("supervisors"),
    COORDINATION("coordination-group"),
    COORDINATION_HEAD("coordination-group-head"),
    MONITOR("monitoring-centre"),
    /** Registers the complaints of this test. */
    CENTRE("complaint-centre"),
    /** Camunda's administrators. */
    ADMIN("camunda-admin"),
    /** The operations group (运维组). */
    OPERATIONS("operations");

    final String group;

    Role(String group) {
      this.group = group;
    }

    String user() {
      return "matrix-" + name().toLowerCase().replace('_', '-');
    }
  }

  /** Process instances started through the application, each with the task it waits in. */
  enum Target {
    /** A complaint against a Baoshan merchant: acceptance by district-310113. */
    BAOSHAN_COMPLAINT(ComplaintProcess.PROCESS_KEY),
    /** A complaint against a Pudong merchant: acceptance by district-310115. */
    PUDONG_COMPLAINT(ComplaintProcess.PROCESS_KEY),
    /** A Pudong real-name report: verification by district-310115; the reporter's identity in clue_reporter. */
    PUDONG_CLUE(ClueProcess.PROCESS_KEY),
    /** A problem Baoshan reported to the coordination group: triage by coordination-group. */
    BAOSHAN_ESCALATION(CoordinationProcess.PROCESS_KEY),
    /** A transfer Baoshan requested to the cyberspace department: approval by district-310113-head. */
    BAOSHAN_DEPARTMENT_TRANSFER(DepartmentTransferProcess.PROCESS_KEY),
    /** A Baoshan head's interview of a Baoshan platform (POST /api/interviews): the notices by district-310113. */
    BAOSHAN_INTERVIEW(InterviewProcess.PROCESS_KEY),
    /** A typical case Baoshan proposed from one of its published cases: drafting by district-310113. */
    BAOSHAN_TYPICAL_CASE(TypicalCaseProcess.PROCESS_KEY),
    /** A Baoshan head's proposal to list a Baoshan company as abnormal: approval by district-310113-head. */
    BAOSHAN_LISTING(CreditListingProcess.PROCESS_KEY),
    /**
     * No process: an in-app notification to BAOSHAN_OFFICER (the fixture's number is its id) and a failed e-mail to
     * the same officer (its id in the fixture's processInstanceId).
     */
    NOTIFICATION(null);

    final String processKey;

    Target(String processKey) {
      this.processKey = processKey;
    }
  }

  enum Expect {
    YES,
    MASKED,
    NO
  }

  /** What is tried; the ones marked as changing run on a fresh instance. */
  enum Action {
    /** TaskService query for the task. */
    TASK_VISIBLE(false),
    /** TaskService.claim. */
    TASK_CLAIM(true),
    /** TaskService.complete (acceptance: 受理). */
    TASK_COMPLETE(true),
    /** GET /engine-rest/task?processInstanceId= (Tasklist's list). */
    REST_TASK_LIST(false),
    /** POST /engine-rest/task/{id}/claim. */
    REST_TASK_CLAIM(true),
    /** POST /engine-rest/task/{id}/complete. */
    REST_TASK_COMPLETE(true),
    /** GET /engine-rest/process-instance?processInstanceIds= (Cockpit's list). */
    REST_INSTANCE(false),
    /** GET /engine-rest/process-instance/{id}/variables. */
    REST_VARIABLES(false),
    /** GET /engine-rest/history/process-instance?processInstanceId=. */
    REST_HISTORY_INSTANCE(false),
    /** GET /engine-rest/history/variable-instance?processInstanceId=. */
    REST_HISTORY_VARIABLES(false),
    /** RuntimeService.setVariable. */
    SET_VARIABLE(true),
    /** PUT /engine-rest/process-instance/{id}/variables/{name}. */
    REST_SET_VARIABLE(true),
    /** PUT /engine-rest/process-instance/{id}/suspended. */
    REST_SUSPEND(true),
    /** RuntimeService.deleteProcessInstance. */
    DELETE_INSTANCE(true),
    /** DELETE /engine-rest/process-instance/{id}. */
    REST_DELETE_INSTANCE(true),
    /** RuntimeService.startProcessInstanceByKey of the target's process. */
    START(true),
    /** POST /engine-rest/process-definition/key/{key}/start. */
    REST_START(true),
    /** POST /engine-rest/task/{id}/comment/create. */
    REST_COMMENT(true),
    /** POST /engine-rest/task/{id}/attachment/create (a link). */
    REST_ATTACH(true),
    /** TaskService.createComment on the task. */
    COMMENT(true),
    /** TaskService.createAttachment on the task. */
    ATTACH(true),
    /** TaskService.createComment on the process instance (no task). */
    INSTANCE_COMMENT(true),
    /** TaskService.createAttachment on the process instance (no task). */
    INSTANCE_ATTACH(true),
    /** PUT /engine-rest/task/{id}/comment of a comment the task's unit wrote. */
    REST_UPDATE_COMMENT(true),
    /** DELETE /engine-rest/task/{id}/comment/{commentId} of a comment the task's unit wrote. */
    REST_DELETE_COMMENT(true),
    /** DELETE /engine-rest/task/{id}/attachment/{attachmentId} of an attachment the task's unit added. */
    REST_DELETE_ATTACHMENT(true),
    /**
     * GET /api/complaints/{no}, /api/clues/{no}, /api/escalations/{no}, /api/department-transfers/{no},
     * /api/interviews/{no}, /api/typical-cases/{no} or /api/credit-listings/{no}.
     */
    API_READ(false),
    /** GET /api/typical-cases/{no}/timeline. */
    API_TIMELINE(false),
    /** GET /api/typical-cases: the target's number is in the caller's list. */
    API_LIST(false),
    /** POST /api/typical-cases for another published case of the target's unit. */
    API_PROPOSE(true),
    /** POST /api/typical-cases/{no}/withdrawal of the target, published first. */
    API_WITHDRAW(true),
    /** GET /api/notifications: the target's in-app message is in the caller's list. */
    NOTIFICATION_LIST(false),
    /** GET /api/notifications/unread-count. */
    NOTIFICATION_UNREAD_COUNT(false),
    /** POST /api/notifications/{id}/read of the target's in-app message. */
    NOTIFICATION_READ(true),
    /** POST /api/notifications/read-all (the caller's own). */
    NOTIFICATION_READ_ALL(true),
    /** GET /api/notification-preferences/me. */
    PREFERENCES_READ(false),
    /** PUT /api/notification-preferences/me. */
    PREFERENCES_WRITE(true),
    /** GET /api/notifications/failed: the target's failed e-mail is listed. */
    NOTIFICATION_FAILED(false),
    /** POST /api/notifications/{id}/retry of the target's failed e-mail. */
    NOTIFICATION_RETRY(true),
    /** POST /api/tasks/{id}/transfer of the task claimed by the Baoshan officer, to his colleague. */
    API_TRANSFER(true),
    /** POST /api/tasks/{id}/delegation of the task claimed by the Baoshan officer, to his colleague. */
    API_DELEGATE(true),
    /** POST /api/tasks/{id}/resolution of the task his colleague delegated to the Baoshan officer. */
    API_RESOLVE(true),
    /** GET /api/tasks/{id}/hand-off-options. */
    API_HAND_OFF_OPTIONS(false),
    /** POST /engine-rest/task/{id}/assignee (Tasklist's assignee field) of the claimed task, to the colleague. */
    REST_TASK_ASSIGN(true);

    final boolean changes;

    Action(boolean changes) {
      this.changes = changes;
    }
  }

  record Fixture(String number, String processInstanceId, String taskId) {
  }

  static final String PROBE = "matrixProbe";
  static final String PHONE = "13812345678";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired SubjectRegistry subjects;
  static final AtomicLong NOTIFIED = new AtomicLong(System.nanoTime() % 1_000_000L);
  static final AtomicLong INTERVIEWED = new AtomicLong(System.nanoTime() % 1_000_000L);
  @Autowired JdbcTemplate jdbc;
  @Autowired Notifications notifications;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired ClueIntakeService clueIntake;

  TestUsers users;
  TypicalCaseFixtures typicalCases;
  final Map<Target, Fixture> shared = new EnumMap<>(Target.class);

  @BeforeAll
  void createUsersAndInstances() throws Exception {
    users = new TestUsers(identityService);
    typicalCases = new TypicalCaseFixtures(jdbc, clueIntake);
    for (Role role : Role.values()) {
      users.create(role.user(), role.group);
    }
    users.create(HAND_OFF_COLLEAGUE, Role.BAOSHAN_OFFICER.group);
    for (Target target : Target.values()) {
      shared.put(target, start(target));
    }
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @MethodSource("matrix")
  void roleActionTarget(Role role, Action action, Target target, Expect expected) throws Exception {
    Fixture fixture = action.changes ? start(target) : shared.get(target);

    assertThat(observe(role, action, target, fixture)).isEqualTo(expected);
  }

  private Expect observe(Role role, Action action, Target target, Fixture f) throws Exception {
    String user = role.user();
    String pi = f.processInstanceId();
    return switch (action) {
      case TASK_VISIBLE -> asUser(role, () -> taskService.createTaskQuery().taskId(f.taskId()).count()) == 1 ? YES : NO;
      case TASK_CLAIM -> change(attempt(role, () -> taskService.claim(f.taskId(), user)),
          user.equals(task(f).getAssignee()));
      case TASK_COMPLETE -> change(attempt(role, () -> taskService.complete(f.taskId(), acceptance())),
          task(f) == null);
      case REST_TASK_LIST -> ids(get(user, "/engine-rest/task?processInstanceId=" + pi), f.taskId());
      case REST_TASK_CLAIM -> change(post(user, "/engine-rest/task/" + f.taskId() + "/claim",
          "{\"userId\": \"" + user + "\"}"), user.equals(task(f).getAssignee()));
      case REST_TASK_COMPLETE -> change(post(user, "/engine-rest/task/" + f.taskId() + "/complete",
          "{\"variables\": {\"acceptanceDecision\": {\"value\": \"ACCEPT\"}}}"), task(f) == null);
      case REST_INSTANCE -> ids(get(user, "/engine-rest/process-instance?processInstanceIds=" + pi), pi);
      case REST_VARIABLES -> readOrForbidden(get(user, "/engine-rest/process-instance/" + pi + "/variables"));
      case REST_HISTORY_INSTANCE -> ids(get(user, "/engine-rest/history/process-instance?processInstanceId=" + pi), pi);
      case REST_HISTORY_VARIABLES -> historicVariables(get(user,
          "/engine-rest/history/variable-instance?processInstanceId=" + pi), pi);
      case SET_VARIABLE -> change(attempt(role, () -> runtimeService.setVariable(pi, PROBE, "x")),
          runtimeService.getVariable(pi, PROBE) != null);
      case REST_SET_VARIABLE -> change(TestHttp.send(http, user, HttpMethod.PUT,
          "/engine-rest/process-instance/" + pi + "/variables/" + PROBE, "{\"value\": \"x\", \"type\": \"String\"}"),
          runtimeService.getVariable(pi, PROBE) != null);
      case REST_SUSPEND -> change(TestHttp.send(http, user, HttpMethod.PUT,
          "/engine-rest/process-instance/" + pi + "/suspended", "{\"suspended\": true}"), instance(pi).isSuspended());
      case DELETE_INSTANCE -> change(attempt(role, () -> runtimeService.deleteProcessInstance(pi, "matrix")),
          instance(pi) == null);
      case REST_DELETE_INSTANCE -> change(TestHttp.send(http, user, HttpMethod.DELETE,
          "/engine-rest/process-instance/" + pi, null), instance(pi) == null);
      case START -> started(attemptStart(role, target.processKey));
      case REST_START -> started(post(user, "/engine-rest/process-definition/key/" + target.processKey + "/start",
          "{}"));
      case REST_COMMENT -> change(post(user, "/engine-rest/task/" + f.taskId() + "/comment/create",
          "{\"message\": \"" + PROBE + "\"}"), !taskService.getTaskComments(f.taskId()).isEmpty());
      case REST_ATTACH -> change(http.withBasicAuth(user, TestUsers.PASSWORD).postForEntity(
          "/engine-rest/task/" + f.taskId() + "/attachment/create", linkAttachment(), String.class),
          !taskService.getTaskAttachments(f.taskId()).isEmpty());
      case COMMENT -> change(attempt(role, () -> taskService.createComment(f.taskId(), null, PROBE)),
          !taskService.getTaskComments(f.taskId()).isEmpty());
      case ATTACH -> change(attempt(role, () -> taskService.createAttachment("url", f.taskId(), null, PROBE, null,
          "https://example.org/evidence")), !taskService.getTaskAttachments(f.taskId()).isEmpty());
      case INSTANCE_COMMENT -> change(attempt(role, () -> taskService.createComment(null, pi, PROBE)),
          !taskService.getProcessInstanceComments(pi).isEmpty());
      case INSTANCE_ATTACH -> change(attempt(role, () -> taskService.createAttachment("url", null, pi, PROBE, null,
          "https://example.org/evidence")), !taskService.getProcessInstanceAttachments(pi).isEmpty());
      case REST_UPDATE_COMMENT -> {
        Comment comment = taskService.createComment(f.taskId(), null, "原意见");
        yield change(TestHttp.send(http, user, HttpMethod.PUT, "/engine-rest/task/" + f.taskId() + "/comment",
            "{\"id\": \"" + comment.getId() + "\", \"message\": \"" + PROBE + "\"}"),
            PROBE.equals(taskService.getTaskComment(f.taskId(), comment.getId()).getFullMessage()));
      }
      case REST_DELETE_COMMENT -> {
        Comment comment = taskService.createComment(f.taskId(), null, "原意见");
        yield change(TestHttp.send(http, user, HttpMethod.DELETE,
            "/engine-rest/task/" + f.taskId() + "/comment/" + comment.getId(), null),
            taskService.getTaskComment(f.taskId(), comment.getId()) == null);
      }
      case REST_DELETE_ATTACHMENT -> {
        Attachment attachment = taskService.createAttachment("url", f.taskId(), null, "证据", null,
            "https://example.org/evidence");
        yield change(TestHttp.send(http, user, HttpMethod.DELETE,
            "/engine-rest/task/" + f.taskId() + "/attachment/" + attachment.getId(), null),
            taskService.getTaskAttachment(f.taskId(), attachment.getId()) == null);
      }
      case API_READ -> apiRead(user, target, f);
      case API_TIMELINE -> apiAnswer(get(user, "/api/typical-cases/" + f.number() + "/timeline"));
      case API_LIST -> {
        ResponseEntity<String> list = get(user, "/api/typical-cases");
        assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
        yield list.getBody().contains(f.number()) ? YES : NO;
      }
      case API_PROPOSE -> apiAnswer(post(user, "/api/typical-cases", json.writeValueAsString(
          Map.of("sourceNo", typicalCases.publishedCase(BAOSHAN_OFFICER.user()).sourceNo()))));
      case NOTIFICATION_LIST -> {
        ResponseEntity<String> list = get(user, "/api/notifications?size=100");
        assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
        yield json.readTree(list.getBody()).get("items").findValuesAsText("id").contains(f.number()) ? YES : NO;
      }
      case NOTIFICATION_UNREAD_COUNT -> apiAnswer(get(user, "/api/notifications/unread-count"));
      case NOTIFICATION_READ -> {
        Expect answer = apiAnswer(post(user, "/api/notifications/" + f.number() + "/read", null));
        assertThat(notificationStatus(f.number())).isEqualTo(answer == YES ? "READ" : "SENT");
        yield answer;
      }
      case NOTIFICATION_READ_ALL -> apiAnswer(post(user, "/api/notifications/read-all", null));
      case PREFERENCES_READ -> apiAnswer(get(user, "/api/notification-preferences/me"));
      case PREFERENCES_WRITE -> apiAnswer(TestHttp.send(http, user, HttpMethod.PUT, "/api/notification-preferences/me",
          "{\"email\": true, \"sms\": false, \"mobile\": null, \"quietFrom\": \"22:00\", \"quietTo\": \"07:30\","
              + " \"disabledEvents\": []}"));
      case NOTIFICATION_FAILED -> {
        ResponseEntity<String> list = get(user, "/api/notifications/failed?size=100");
        if (list.getStatusCode() == HttpStatus.FORBIDDEN) {
          yield NO;
        }
        assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(list.getBody()).get("items").findValuesAsText("id")).contains(f.processInstanceId());
        yield YES;
      }
      case NOTIFICATION_RETRY -> {
        Expect answer = apiAnswer(post(user, "/api/notifications/" + f.processInstanceId() + "/retry", null));
        assertThat(notificationStatus(f.processInstanceId())).isIn(answer == YES ? List.of("PENDING", "SENDING",
            "FAILED") : List.of("FAILED"));
        if (answer == YES) {
          assertThat(jdbc.queryForObject("SELECT attempts FROM notification WHERE id = ?", Integer.class,
              Long.valueOf(f.processInstanceId()))).as("retried from the start").isLessThanOrEqualTo(1);
        }
        yield answer;
      }
      case API_TRANSFER -> handOff(f, post(user, "/api/tasks/" + claimedForHandOff(f) + "/transfer",
          "{\"toUser\": \"" + HAND_OFF_COLLEAGUE + "\", \"reason\": \"出差，转同事办理\"}"), HAND_OFF_COLLEAGUE);
      case API_DELEGATE -> handOff(f, post(user, "/api/tasks/" + claimedForHandOff(f) + "/delegation",
          "{\"toUser\": \"" + HAND_OFF_COLLEAGUE + "\"}"), HAND_OFF_COLLEAGUE);
      case API_RESOLVE -> {
        taskService.claim(f.taskId(), HAND_OFF_COLLEAGUE);
        taskService.delegateTask(f.taskId(), BAOSHAN_OFFICER.user());
        yield handOff(f, post(user, "/api/tasks/" + f.taskId() + "/resolution", "{}"), HAND_OFF_COLLEAGUE);
      }
      case API_HAND_OFF_OPTIONS -> {
        ResponseEntity<String> options = get(user, "/api/tasks/" + f.taskId() + "/hand-off-options");
        assertThat(options.getStatusCode().value()).as(options.getBody()).isIn(200, 404);
        yield options.getStatusCode() == HttpStatus.OK ? YES : NO;
      }
      case REST_TASK_ASSIGN -> change(post(user, "/engine-rest/task/" + claimedForHandOff(f) + "/assignee",
          "{\"userId\": \"" + HAND_OFF_COLLEAGUE + "\"}"), HAND_OFF_COLLEAGUE.equals(task(f).getAssignee()));
      case API_WITHDRAW -> {
        publish(f);
        yield apiAnswer(post(user, "/api/typical-cases/" + f.number() + "/withdrawal", "{\"reason\": \"当事人已提起行政诉讼\"}"));
      }
    };
  }

  // ------------------------------------------------------------------ observations

  /** Done when the state changed; refused when it did not and the engine said so. */
  private static Expect change(Object answer, boolean changed) {
    if (changed) {
      return YES;
    }
    assertThat(refused(answer)).as("neither done nor refused: %s", answer).isTrue();
    return NO;
  }

  private static boolean refused(Object answer) {
    return answer instanceof AuthorizationException
        || answer instanceof ResponseEntity<?> response && response.getStatusCode() == HttpStatus.FORBIDDEN;
  }

  /**
   * A start refused by authorization (403; 404 from /engine-rest when the caller may not even read the
   * definition), or allowed (and then possibly refused for its missing input).
   */
  private Expect started(Object answer) {
    if (refused(answer)
        || answer instanceof ResponseEntity<?> response && response.getStatusCode() == HttpStatus.NOT_FOUND) {
      return NO;
    }
    if (answer instanceof ProcessInstance instance) {
      runtimeService.deleteProcessInstance(instance.getId(), "matrix");
    }
    return YES;
  }

  private Expect ids(ResponseEntity<String> response, String id) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody()).findValuesAsText("id").contains(id) ? YES : NO;
  }

  private static Expect readOrForbidden(ResponseEntity<String> response) {
    if (response.getStatusCode() == HttpStatus.FORBIDDEN) {
      return NO;
    }
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return YES;
  }

  private Expect historicVariables(ResponseEntity<String> response, String pi) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode variables = json.readTree(response.getBody());
    if (variables.isEmpty()) {
      return NO;
    }
    assertThat(variables.findValuesAsText("processInstanceId")).containsOnly(pi);
    return YES;
  }

  /** Done (2xx); refused as not the caller's (404) or not allowed (403). */
  private static Expect apiAnswer(ResponseEntity<String> response) {
    if (response.getStatusCode().is2xxSuccessful()) {
      return YES;
    }
    assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(403, 404);
    return NO;
  }

  /** Drafts the target's write-up cleanly and approves it: it is published. */
  private void publish(Fixture f) {
    taskService.complete(f.taskId(), TypicalCaseFixtures.cleanDraft());
    Task approval = taskService.createTaskQuery().processInstanceId(f.processInstanceId()).singleResult();
    taskService.complete(approval.getId(), Map.of(TypicalCaseProcess.Var.WRITE_UP_DECISION.name(), "APPROVE"));
    assertThat(instance(f.processInstanceId())).as("published").isNull();
  }

  private Expect apiRead(String user, Target target, Fixture f) throws Exception {
    String path = switch (target) {
      case BAOSHAN_COMPLAINT, PUDONG_COMPLAINT -> "/api/complaints/";
      case PUDONG_CLUE -> "/api/clues/";
      case BAOSHAN_ESCALATION -> "/api/escalations/";
      case BAOSHAN_DEPARTMENT_TRANSFER -> "/api/department-transfers/";
      case BAOSHAN_INTERVIEW -> "/api/interviews/";
      case BAOSHAN_TYPICAL_CASE -> "/api/typical-cases/";
      case BAOSHAN_LISTING -> "/api/credit-listings/";
      case NOTIFICATION -> throw new IllegalStateException("not a record");
    };
    ResponseEntity<String> response = get(user, path + f.number());
    if (response.getStatusCode() == HttpStatus.NOT_FOUND) {
      return NO;
    }
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode view = json.readTree(response.getBody());
    return switch (target) {
      case BAOSHAN_COMPLAINT, PUDONG_COMPLAINT -> {
        boolean masked = view.at("/complainant/masked").asBoolean();
        assertThat(view.at("/complainant/phone").asText()).isEqualTo(masked ? "138****5678" : PHONE);
        yield masked ? MASKED : YES;
      }
      case PUDONG_CLUE -> {
        assertThat(view.at("/reporter/present").asBoolean()).isTrue();
        yield view.at("/reporter/idNumber").isMissingNode() ? MASKED : YES;
      }
      case BAOSHAN_DEPARTMENT_TRANSFER -> {
        assertThat(view.at("/transfer/transferNo").asText()).isEqualTo(f.number());
        yield YES;
      }
      case BAOSHAN_ESCALATION, BAOSHAN_INTERVIEW, BAOSHAN_LISTING -> YES;
      case NOTIFICATION -> throw new IllegalStateException("not a record");
      case BAOSHAN_TYPICAL_CASE -> {
        assertThat(view.get("writeUpNo").asText()).isEqualTo(f.number());
        yield YES;
      }
    };
  }

  // ------------------------------------------------------------------ fixtures and calls

  private Fixture start(Target target) throws Exception {
    if (target == NOTIFICATION) {
      return notificationFixture();
    }
    LocalDateTime received = LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
    ResponseEntity<String> created = switch (target) {
      case BAOSHAN_COMPLAINT -> post(CENTRE.user(), "/api/complaints",
          json.writeValueAsString(ComplaintFixtures.baoshanMerchant(received)));
      case PUDONG_COMPLAINT -> post(CENTRE.user(), "/api/complaints",
          json.writeValueAsString(ComplaintFixtures.merchantIn("310115", received)));
      case PUDONG_CLUE -> post(PUDONG_OFFICER.user(), "/api/clues",
          json.writeValueAsString(ClueFixtures.inDistrict(ClueFixtures.realNameReport(received), "310115")));
      case BAOSHAN_ESCALATION -> post(BAOSHAN_OFFICER.user(), "/api/escalations", """
          {"title": "多个区发现同一主播虚假宣传保健食品", "description": "该主播在本区注册，面向全国销售。",
           "category": "FOOD_SAFETY", "suggestedDepartments": ["CYBERSPACE"]}""");
      case BAOSHAN_DEPARTMENT_TRANSFER -> post(BAOSHAN_OFFICER.user(), "/api/department-transfers", """
          {"department": "CYBERSPACE", "reason": "OTHER_DEPARTMENT_ACTION",
           "facts": "某直播间发布违反公序良俗的内容，需网信部门依职责处理。"}""");
      // a platform of its own each time: a subject has one open interview at a time
      case BAOSHAN_INTERVIEW -> post(BAOSHAN_HEAD.user(), "/api/interviews", json.writeValueAsString(Map.of(
          "subjectIds", List.of(subjects.resolve(SubjectType.PLATFORM, "矩阵约谈平台" + INTERVIEWED.incrementAndGet(),
              null, null, null, "310113").getId()),
          "issues", "平台内商家销售无中文标签商品")));
      case BAOSHAN_TYPICAL_CASE -> post(BAOSHAN_OFFICER.user(), "/api/typical-cases", json.writeValueAsString(
          Map.of("sourceNo", typicalCases.publishedCase(BAOSHAN_OFFICER.user()).sourceNo())));
      // a company of its own for each instance: one open listing of a kind per subject
      case BAOSHAN_LISTING -> post(BAOSHAN_HEAD.user(), "/api/credit-listings", json.writeValueAsString(Map.of(
          "kind", "ABNORMAL", "ground", "UNREACHABLE", "reason", "通过登记的住所无法联系",
          "foundOn", LocalDate.now(Times.ZONE).toString(), "subjectId", subjects.resolve(SubjectType.MERCHANT,
              "矩阵测试公司" + System.nanoTime(), String.format("91310113MA%08d", System.nanoTime() % 100_000_000L),
              null, null, "310113").getId())));
      case NOTIFICATION -> throw new IllegalStateException("no process");
    };
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String number = body.has("complaintNo") ? body.get("complaintNo").asText()
        : body.has("clueNo") ? body.get("clueNo").asText()
        : body.has("transferNo") ? body.get("transferNo").asText()
        : body.has("interviewNo") ? body.get("interviewNo").asText()
        : body.has("writeUpNo") ? body.get("writeUpNo").asText()
        : body.has("listingNo") ? body.get("listingNo").asText() : body.get("escalationNo").asText();
    String pi = body.get("processInstanceId").asText();
    Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
    assertThat(task).as(target + " waits in a task").isNotNull();
    return new Fixture(number, pi, task.getId());
  }

  /** An in-app message to BAOSHAN_OFFICER, delivered; and a failed e-mail to the same officer. */
  private Fixture notificationFixture() {
    String ref = "matrix-" + NOTIFIED.incrementAndGet();
    notifications.notify(NotificationEvent.COPY_RECEIVED, List.of(BAOSHAN_OFFICER.user()), "抄送给您",
        "任务「受理投诉」抄送给您。", "/camunda/app/tasklist/", NotificationRef.task(ref));
    dispatcher.awaitIdle(java.time.Duration.ofSeconds(30));
    Long inApp = jdbc.queryForObject("SELECT id FROM notification WHERE ref_id = ? AND channel = 'IN_APP'", Long.class,
        ref);
    assertThat(notificationStatus(String.valueOf(inApp))).isEqualTo("SENT");
    jdbc.update("INSERT INTO notification (recipient, event, channel, title, body, ref_kind, ref_id, dedup_key, status,"
        + " attempts, next_attempt_at, last_error, created_at) VALUES (?, 'OVERDUE', 'EMAIL', '任务已超期', '任务已超期',"
        + " 'TASK', ?, ?, 'FAILED', 6, ?, '邮件发送失败 / sending the e-mail failed', ?)", BAOSHAN_OFFICER.user(), ref,
        "OVERDUE:TASK:" + ref + ":EMAIL", LocalDateTime.of(2001, 1, 1, 0, 0), LocalDateTime.of(2001, 1, 1, 0, 0));
    Long failed = jdbc.queryForObject("SELECT id FROM notification WHERE ref_id = ? AND channel = 'EMAIL'", Long.class,
        ref);
    return new Fixture(String.valueOf(inApp), String.valueOf(failed), null);
  }

  private String notificationStatus(String id) {
    return jdbc.queryForObject("SELECT status FROM notification WHERE id = ?", String.class, Long.valueOf(id));
  }

  /** A link attachment, as Tasklist's "add attachment" sends it. */
  private static HttpEntity<MultiValueMap<String, Object>> linkAttachment() {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("attachment-name", PROBE);
    parts.add("attachment-type", "url");
    parts.add("url", "https://example.org/evidence");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private static Map<String, Object> acceptance() {
    return Map.of(ComplaintProcess.Var.ACCEPTANCE_DECISION.name(), "ACCEPT");
  }

  /** The fixture's task claimed by the Baoshan officer (the application's own claim, no user). */
  private String claimedForHandOff(Fixture f) {
    taskService.claim(f.taskId(), BAOSHAN_OFFICER.user());
    return f.taskId();
  }

  /** Done: 200 and the task with the new assignee, a task_hand_off row; refused: 403 or 404, nothing changed. */
  private Expect handOff(Fixture f, ResponseEntity<String> answer, String assignee) {
    int rows = jdbc.queryForObject("SELECT COUNT(*) FROM task_hand_off WHERE task_id = ? AND via = 'API'",
        Integer.class, f.taskId());
    if (answer.getStatusCode() == HttpStatus.OK) {
      assertThat(task(f).getAssignee()).isEqualTo(assignee);
      assertThat(rows).isEqualTo(1);
      return YES;
    }
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(403, 404);
    assertThat(rows).isZero();
    return NO;
  }

  private Task task(Fixture f) {
    return taskService.createTaskQuery().taskId(f.taskId()).singleResult();
  }

  private ProcessInstance instance(String pi) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult();
  }

  private <T> T asUser(Role role, Callable<T> call) throws Exception {
    identityService.setAuthentication(role.user(), List.of(role.group));
    try {
      return call.call();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** "done", or the exception the engine refused it with. */
  private Object attempt(Role role, Runnable action) throws Exception {
    try {
      return asUser(role, () -> {
        action.run();
        return "done";
      });
    } catch (RuntimeException e) {
      return e;
    }
  }

  /**
   * The instance started, or the exception: an AuthorizationException, or the start listener's refusal of
   * a start without its form fields (which comes after the authorization check, so the start was allowed).
   */
  private Object attemptStart(Role role, String processKey) throws Exception {
    try {
      return asUser(role, () -> runtimeService.startProcessInstanceByKey(processKey));
    } catch (RuntimeException e) {
      return e;
    }
  }

  private ResponseEntity<String> get(String user, String path) {
    return TestHttp.send(http, user, HttpMethod.GET, path, null);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, path, body);
  }

  private static Arguments row(Role role, Action action, Target target, Expect expected) {
    return arguments(role, action, target, expected);
  }

  // ------------------------------------------------------------------ special campaigns (专项整治, docs/campaign.md)

  /**
   * /api/campaigns × role → HTTP status: a city campaign planned by the coordination group with 宝山 taking part,
   * still awaiting its first day (PLANNED); anonymous calls answer 401. Changing calls that succeed run on a fresh
   * campaign.
   */
  static Stream<Arguments> campaignMatrix() {
    return Stream.of(
        arguments(COORDINATION, HttpMethod.POST, "", 201),
        arguments(COORDINATION_HEAD, HttpMethod.POST, "", 201),
        arguments(BAOSHAN_HEAD, HttpMethod.POST, "", 403),
        arguments(BAOSHAN_OFFICER, HttpMethod.POST, "", 403),
        arguments(SUPERVISOR, HttpMethod.POST, "", 403),
        arguments(MONITOR, HttpMethod.POST, "", 403),
        arguments(null, HttpMethod.POST, "", 401),
        arguments(BAOSHAN_OFFICER, HttpMethod.GET, "", 200),
        arguments(PUDONG_HEAD, HttpMethod.GET, "", 200),
        arguments(SUPERVISOR, HttpMethod.GET, "", 200),
        arguments(MONITOR, HttpMethod.GET, "", 200),
        arguments(null, HttpMethod.GET, "", 401),
        arguments(PUDONG_OFFICER, HttpMethod.GET, "/{code}", 200),
        arguments(CENTRE, HttpMethod.GET, "/{code}/timeline", 200),
        arguments(null, HttpMethod.GET, "/{code}", 401),
        arguments(COORDINATION, HttpMethod.PUT, "/{code}/period", 200),
        arguments(BAOSHAN_HEAD, HttpMethod.PUT, "/{code}/period", 403),
        arguments(SUPERVISOR, HttpMethod.PUT, "/{code}/period", 403),
        arguments(COORDINATION, HttpMethod.PUT, "/{code}/quotas", 200),
        arguments(BAOSHAN_OFFICER, HttpMethod.PUT, "/{code}/quotas", 403),
        arguments(null, HttpMethod.PUT, "/{code}/quotas", 401),
        // tags: the Pudong clue is out of 宝山's scope (404), read but not worked by supervisors (403); its own
        // officers are told the campaign has not begun (400)
        arguments(BAOSHAN_OFFICER, HttpMethod.POST, "/{code}/tags", 404),
        arguments(SUPERVISOR, HttpMethod.POST, "/{code}/tags", 403),
        arguments(PUDONG_OFFICER, HttpMethod.POST, "/{code}/tags", 400),
        arguments(null, HttpMethod.POST, "/{code}/tags", 401),
        arguments(BAOSHAN_OFFICER, HttpMethod.DELETE, "/{code}/tags/CLUE/{clue}", 404),
        arguments(SUPERVISOR, HttpMethod.DELETE, "/{code}/tags/CLUE/{clue}", 403),
        arguments(COORDINATION, HttpMethod.GET, "/{code}/report", 200),
        arguments(SUPERVISOR, HttpMethod.GET, "/{code}/report", 200),
        arguments(BAOSHAN_OFFICER, HttpMethod.GET, "/{code}/report", 200),
        arguments(BAOSHAN_HEAD, HttpMethod.GET, "/{code}/report", 200),
        arguments(PUDONG_OFFICER, HttpMethod.GET, "/{code}/report", 403),
        arguments(MONITOR, HttpMethod.GET, "/{code}/report", 403),
        arguments(null, HttpMethod.GET, "/{code}/report", 401),
        arguments(COORDINATION_HEAD, HttpMethod.GET, "/{code}/report.xlsx", 200),
        arguments(BAOSHAN_OFFICER, HttpMethod.GET, "/{code}/report.xlsx", 200),
        arguments(PUDONG_HEAD, HttpMethod.GET, "/{code}/report.xlsx", 403),
        arguments(null, HttpMethod.GET, "/{code}/report.xlsx", 401));
  }

  String campaignCode;
  String campaignClue;

  @ParameterizedTest(name = "campaigns {0} {1} {2} → {3}")
  @MethodSource("campaignMatrix")
  void campaignEndpoints(Role role, HttpMethod method, String path, int expected) throws Exception {
    if (campaignCode == null) {
      campaignCode = planCampaign();
      campaignClue = shared.get(PUDONG_CLUE).number();
    }
    boolean changes = method != HttpMethod.GET && expected < 300;
    String code = changes && !path.isEmpty() ? planCampaign() : campaignCode;
    java.time.LocalDate start = java.time.LocalDate.now(Times.engineClock()).plusDays(20);
    String body = switch (method.name() + path) {
      case "POST" -> campaignPlan();
      case "PUT/{code}/period" -> "{\"periodFrom\":\"" + start.plusDays(1) + "\",\"periodTo\":\"" + start.plusDays(40)
          + "\"}";
      case "PUT/{code}/quotas" -> "[{\"unit\":\"district-310113\",\"metric\":\"CLUES\",\"target\":3}]";
      case "POST/{code}/tags" -> "{\"kind\":\"CLUE\",\"number\":\"" + campaignClue + "\"}";
      default -> null;
    };
    String url = "/api/campaigns" + path.replace("{code}", code).replace("{clue}", campaignClue);
    ResponseEntity<String> answer = role == null
        ? http.exchange(url, method, new HttpEntity<>(body, TestHttp.jsonHeaders()), String.class)
        : TestHttp.send(http, role.user(), method, url, body);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(expected);
  }

  private String planCampaign() throws Exception {
    ResponseEntity<String> created = post(COORDINATION.user(), "/api/campaigns", campaignPlan());
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(created.getBody()).get("code").asText();
  }

  private static String campaignPlan() {
    java.time.LocalDate start = java.time.LocalDate.now(Times.engineClock()).plusDays(20);
    return "{\"name\":\"矩阵测试专项\",\"level\":\"CITY\",\"periodFrom\":\"" + start + "\",\"periodTo\":\""
        + start.plusDays(30) + "\",\"units\":[\"district-310113\"]}";
  }

  // ------------------------------------------------------------------ spot-check assignments (docs/monthly-monitoring.md)

  /**
   * GET /api/spot-checks/assignments/{id} × role → HTTP status, on 宝山's assignment of a month: those who record the
   * district's checks (its officers and heads, the monitoring centre) read it with its focus subjects; anyone else 404
   * as if it did not exist; anonymous 401.
   */
  static Stream<Arguments> spotCheckAssignmentMatrix() {
    return Stream.of(
        arguments(BAOSHAN_OFFICER, 200),
        arguments(BAOSHAN_HEAD, 200),
        arguments(MONITOR, 200),
        arguments(PUDONG_OFFICER, 404),
        arguments(PUDONG_HEAD, 404),
        arguments(SUPERVISOR, 404),
        arguments(COORDINATION, 404),
        arguments(COORDINATION_HEAD, 404),
        arguments(CENTRE, 404),
        arguments(null, 401));
  }

  @Autowired cn.samr.livestream.monitoring.MonitoringService monitoringService;

  @ParameterizedTest(name = "spot-check assignment {0} → {1}")
  @MethodSource("spotCheckAssignmentMatrix")
  void spotCheckAssignmentEndpoint(Role role, int expected) {
    monitoringService.openMonth(java.time.YearMonth.of(2031, 1), null);
    long id = jdbc.queryForObject("SELECT id FROM spot_check_assignment WHERE unit_code = 'district-310113'"
        + " AND month_code = '2031-01'", Long.class);
    String url = "/api/spot-checks/assignments/" + id;
    ResponseEntity<String> answer = role == null
        ? http.exchange(url, HttpMethod.GET, new HttpEntity<>(null, TestHttp.jsonHeaders()), String.class)
        : get(role.user(), url);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(expected);
    if (expected == 200) {
      assertThat(answer.getBody()).contains("\"number\":\"JC-310113-2031-01\"").contains("\"focusSubjects\"");
    }
    if (role != null) {
      assertThat(get(role.user(), "/api/spot-checks/assignments/" + (id + 100_000)).getStatusCode().value())
          .isEqualTo(404);
    }
  }
}
