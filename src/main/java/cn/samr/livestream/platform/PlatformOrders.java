package cn.samr.livestream.platform;

import cn.samr.livestream.enforcement.clue.CluePublicStatus;
import cn.samr.livestream.enforcement.clue.CluePublicStatus.PartyOrder;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.enforcement.clue.ClueStep;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.platform.PlatformRecords.Order;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders to platforms (平台指令, seed 002's 协同共治: bureaus send platforms orders and take-down requests through the
 * channel). Sent from clue-verification after an order to correct (Task_SendPlatformOrder): to the platform that is
 * the party (责令改正, with its 文号 and content), or, when the officer asked for it, a take-down request (下架, 删除,
 * 暂停直播间) to the platform the clue's accounts are on or that submitted the clue. Only a platform registered with
 * the ORDERS scope receives them; for any other the order goes on paper as before and the timeline says so.
 *
 * <p>The platform's confirmation ends the wait for the correction deadline (Msg_PlatformOrderConfirmed): the
 * follow-up check (复查) comes at once, and officers still verify what the platform says. A confirmation after the
 * deadline is recorded as late and shown on the check if it is still open.
 */
@Service
@Transactional
public class PlatformOrders {

  static final String NUMBER_PREFIX = "ZL";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final PlatformMapper mapper;
  private final CluePublicStatus clueStatus;
  private final ClueService clues;
  private final SubjectRegistry registry;
  private final OrganizationService organization;
  private final DocumentNumbers numbers;
  private final RuntimeService runtime;
  private final Validator validator;
  private final ObjectMapper json;
  private final Clock clock;

  public PlatformOrders(PlatformMapper mapper, CluePublicStatus clueStatus, ClueService clues,
      SubjectRegistry registry, OrganizationService organization, DocumentNumbers numbers, RuntimeService runtime,
      Validator validator, ObjectMapper json, Clock clock) {
    this.mapper = mapper;
    this.clueStatus = clueStatus;
    this.clues = clues;
    this.registry = registry;
    this.organization = organization;
    this.numbers = numbers;
    this.runtime = runtime;
    this.validator = validator;
    this.json = json;
    this.clock = clock;
  }

  /** An order as a platform or an officer reads it, with the subjects it concerns. */
  public record OrderWithSubjects(Order order, List<SupervisedSubject> subjects, String issuingUnitName) {

    /** Waiting past its respond-by. */
    public boolean overdue(LocalDateTime now) {
      return order.status == PlatformOrderStatus.ISSUED && order.respondBy.isBefore(now);
    }

    /** Confirmed after its respond-by. */
    public boolean late() {
      return order.confirmedAt != null && order.confirmedAt.isAfter(order.respondBy);
    }
  }

  /**
   * Sends the clue's open order to correct to the platform concerned, if one is connected; the order's number, or
   * empty when none was sent. {@code requestedAction} is the order form's 平台处置要求 (NONE or a kind other than
   * CORRECTION), {@code requestDetail} what the platform is to act on.
   */
  public Optional<String> issueForClue(long clueId, String processInstanceId, String requestedAction,
      String requestDetail, String actor) {
    PlatformOrderKind requested = requested(requestedAction, requestDetail);
    PartyOrder order = clueStatus.openOrderToCorrect(clueId)
        .orElseThrow(() -> new IllegalStateException("clue " + clueId + " has no open order to correct"));
    List<SupervisedSubject> subjects = order.subjectIds().stream().map(registry::byId).flatMap(Optional::stream)
        .distinct().toList();
    List<PlatformClient> connected = mapper.findClients().stream()
        .filter(c -> c.isEnabled() && c.hasScope(PlatformScope.ORDERS)).toList();
    Optional<Addressee> addressee = asParty(subjects, connected, order, requested, requestDetail)
        .or(() -> requested == null ? Optional.empty() : asHost(clueId, subjects, connected, requested, requestDetail));
    if (addressee.isEmpty()) {
      if (requested != null) {
        clues.event(clueId, ClueStep.PLATFORM_ORDER, "NOT_SENT",
            requested.label() + "：相关平台未接入协同共治接口，须另行送达", actor);
      }
      return Optional.empty();
    }
    Addressee to = addressee.get();
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    Order sent = new Order();
    sent.orderNo = numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate());
    sent.clientPk = to.client().getId();
    sent.kind = to.kind();
    sent.clueId = clueId;
    sent.clueNo = order.clueNo();
    sent.processInstanceId = processInstanceId;
    sent.issuingUnit = order.handlingUnit();
    sent.documentNo = to.kind() == PlatformOrderKind.CORRECTION ? order.documentNo() : null;
    sent.requirement = to.requirement();
    sent.issuedAt = now;
    sent.respondBy = order.deadline();
    sent.status = PlatformOrderStatus.ISSUED;
    mapper.insertOrder(sent);
    mapper.insertOrderSubjects(sent.id, to.subjects().stream().map(SupervisedSubject::getId).toList());
    clues.event(clueId, ClueStep.PLATFORM_ORDER, "SENT",
        to.client().getPlatformName() + "：" + to.kind().label() + "（指令编号 " + sent.orderNo + "）", actor);
    return Optional.of(sent.orderNo);
  }

  private record Addressee(PlatformClient client, PlatformOrderKind kind, String requirement,
      List<SupervisedSubject> subjects) {
  }

  private static PlatformOrderKind requested(String action, String detail) {
    if (action == null || action.isBlank() || PlatformOrderKind.NONE.equals(action)) {
      return null;
    }
    PlatformOrderKind kind = Inputs.enumValue(PlatformOrderKind.class, action, "platformAction");
    new Inputs()
        .require(kind != PlatformOrderKind.CORRECTION, "platformAction", "请选择下架、删除或暂停直播间",
            "choose take-down, deletion or suspension")
        .require(detail != null && !detail.isBlank(), "platformActionDetail", "请填写要求平台处置的内容",
            "say what the platform is to act on")
        .throwIfAny();
    return kind;
  }

  /** The platform itself is a party of the clue: the order to correct is addressed to it. */
  private static Optional<Addressee> asParty(List<SupervisedSubject> subjects, List<PlatformClient> connected,
      PartyOrder order, PlatformOrderKind requested, String detail) {
    for (SupervisedSubject subject : subjects) {
      for (PlatformClient client : connected) {
        boolean sameCode = client.getCreditCode() != null && client.getCreditCode().equals(subject.getCreditCode());
        boolean samePlatform = subject.getRoles().contains(SubjectType.PLATFORM)
            && client.getPlatformName().equals(subject.getName());
        if (sameCode || samePlatform) {
          String requirement = order.content()
              + (requested == null ? "" : "\n另请" + requested.label() + "：" + detail.trim());
          return Optional.of(new Addressee(client, PlatformOrderKind.CORRECTION, requirement,
              concat(subject, onPlatform(subjects, client))));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A take-down request to the platform the clue's accounts are on (a streamer's or live room's platform), else to
   * the platform that submitted the clue.
   */
  private Optional<Addressee> asHost(long clueId, List<SupervisedSubject> subjects, List<PlatformClient> connected,
      PlatformOrderKind requested, String detail) {
    Optional<PlatformClient> host = subjects.stream().map(SupervisedSubject::getPlatformName).filter(Objects::nonNull)
        .flatMap(name -> connected.stream().filter(c -> c.getPlatformName().equals(name))).findFirst()
        .or(() -> mapper.findClientOfClue(clueId).filter(c -> connected.stream()
            .anyMatch(k -> k.getId().equals(c.getId()))));
    return host.map(client -> {
      List<SupervisedSubject> accounts = onPlatform(subjects, client);
      return new Addressee(client, requested, detail.trim(), accounts.isEmpty() ? subjects : accounts);
    });
  }

  private static List<SupervisedSubject> onPlatform(List<SupervisedSubject> subjects, PlatformClient client) {
    return subjects.stream().filter(s -> client.getPlatformName().equals(s.getPlatformName())).toList();
  }

  private static List<SupervisedSubject> concat(SupervisedSubject first, List<SupervisedSubject> rest) {
    return Stream.concat(Stream.of(first), rest.stream()).distinct().toList();
  }

  /** The calling platform's orders, newest first; status null for all. */
  @Transactional(readOnly = true)
  public List<OrderWithSubjects> list(PlatformClient client, PlatformOrderStatus status, int page, int size) {
    return mapper.findOrders(client.getId(), status, page * size, size).stream().map(this::withSubjects).toList();
  }

  /** One of the calling platform's orders; another platform's number is not found, exactly as a number never sent. */
  @Transactional(readOnly = true)
  public OrderWithSubjects get(PlatformClient client, String orderNo) {
    return withSubjects(order(client, orderNo));
  }

  /** The answer to a confirmation; created false for a retry of a confirmation recorded before. */
  public record Confirmed(OrderWithSubjects order, boolean created) {
  }

  /**
   * Records the platform's confirmation and ends the process's wait for the correction deadline, in one transaction.
   * The same confirmation again is answered as before; another after the first is a conflict (409).
   */
  public Confirmed confirm(PlatformClient client, String orderNo, OrderConfirmationRequest request) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(request), field -> field);
    inputs.throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    inputs.require(!request.completedOn().isAfter(now.toLocalDate()), "completedOn", "处置完成日期不能晚于今天",
        "the completion day cannot be in the future");
    inputs.throwIfAny();
    Order order = order(client, orderNo);
    String hash = SecretHasher.contentHash(json, request);
    inputs.require(!request.completedOn().isBefore(order.issuedAt.toLocalDate()), "completedOn",
        "处置完成日期不能早于指令下发日期", "the completion day cannot be before the order was issued");
    inputs.throwIfAny();
    if (order.status == PlatformOrderStatus.CONFIRMED) {
      return earlier(order, hash);
    }
    order.confirmedAt = now;
    order.completedOn = request.completedOn();
    order.itemsHandled = request.itemsHandled();
    order.confirmation = request.action().trim();
    order.confirmationHash = hash;
    order.status = PlatformOrderStatus.CONFIRMED;
    if (mapper.confirmOrder(order) == 0) {
      // a concurrent confirmation committed first: answered as a retry if it was the same
      return earlier(order(client, orderNo), hash);
    }
    boolean late = order.confirmedAt.isAfter(order.respondBy);
    String reply = client.getPlatformName() + "于" + DAY.format(order.confirmedAt) + (late ? "逾期" : "")
        + "确认已" + order.kind.label() + "（完成于" + DAY.format(order.completedOn)
        + (order.itemsHandled == null ? "" : "，处置" + order.itemsHandled + "项") + "，指令编号 " + order.orderNo
        + "）；平台所述处置情况见线索时间线，须复查核实。";
    clues.event(order.clueId, ClueStep.PLATFORM_CONFIRMATION, late ? "LATE" : "ON_TIME",
        order.orderNo + "：" + order.confirmation, PlatformClueService.ACTOR_PREFIX + client.getClientId());
    resume(order.processInstanceId, reply, orderNo);
    return new Confirmed(withSubjects(order), true);
  }

  /**
   * Ends the wait at Gateway_AwaitCorrection; when the deadline has passed and the follow-up check is open, the check
   * shows the reply. A timer firing at the same moment makes the engine refuse one of the two: the platform is told
   * to retry (409) and nothing of its confirmation is kept.
   */
  private void resume(String processInstanceId, String reply, String orderNo) {
    try {
      boolean waiting = !runtime.createMessageCorrelation(ClueProcess.Message.PLATFORM_ORDER_CONFIRMED)
          .processInstanceId(processInstanceId)
          .setVariable(ClueProcess.Var.PLATFORM_REPLY.name(), reply)
          .correlateAllWithResult().isEmpty();
      if (!waiting && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
        runtime.setVariable(processInstanceId, ClueProcess.Var.PLATFORM_REPLY.name(), reply);
      }
    } catch (OptimisticLockingException e) {
      throw PlatformConflict.concurrent(orderNo);
    }
  }

  private Confirmed earlier(Order order, String hash) {
    if (!hash.equals(order.confirmationHash)) {
      throw PlatformConflict.alreadyConfirmed(order.orderNo);
    }
    return new Confirmed(withSubjects(order), false);
  }

  private Order order(PlatformClient client, String orderNo) {
    return mapper.findOrder(client.getId(), orderNo).orElseThrow(() -> new NotFoundException(
        "本平台没有该编号的指令：" + orderNo, "this platform has no order numbered " + orderNo));
  }

  /** The correction deadline moved with the calendar: the order's respond-by with it. */
  public void moveRespondBy(String processInstanceId, LocalDateTime respondBy) {
    mapper.moveRespondBy(processInstanceId, respondBy);
  }

  /** Orders concerning any of the subjects (a party's history), oldest first. */
  @Transactional(readOnly = true)
  public List<OrderWithSubjects> concerning(List<Long> subjectIds) {
    return subjectIds.isEmpty() ? List.of()
        : mapper.findOrdersOfSubjects(subjectIds).stream().map(this::withSubjects).toList();
  }

  private OrderWithSubjects withSubjects(Order order) {
    List<SupervisedSubject> subjects = mapper.findOrderSubjectIds(order.id).stream().map(registry::byId)
        .flatMap(Optional::stream).toList();
    String unitName = organization.unit(order.issuingUnit).map(OrgUnit::getName).orElse(order.issuingUnit);
    return new OrderWithSubjects(order, subjects, unitName);
  }
}
