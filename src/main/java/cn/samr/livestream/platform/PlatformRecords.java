package cn.samr.livestream.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Rows of the platform tables as MyBatis reads and writes them (fields set by reflection). */
public final class PlatformRecords {

  private PlatformRecords() {
  }

  /** platform_clue: a platform's clue number and the clue it became. */
  public static class SubmittedClue {
    public Long id;
    public long clientPk;
    public String externalNo;
    public long clueId;
    public String requestHash;
    public LocalDateTime submittedAt;
  }

  /** platform_subject_batch. */
  public static class SubjectBatch {
    public Long id;
    public long clientPk;
    public String batchId;
    public String requestHash;
    public int rowCount;
    public int createdCount;
    public LocalDateTime receivedAt;
  }

  /** platform_subject_row. */
  public static class SubjectRow {
    public long batchPk;
    public int rowIndex;
    public long subjectId;
    public boolean created;
  }

  /** platform_report: a self-inspection report. */
  public static class SelfInspectionReport {
    public Long id;
    public long clientPk;
    public String platformName;
    public String districtCode;
    public String reportNo;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    public String summary;
    public Integer roomsInspected;
    public Integer violationsFound;
    public Integer itemsTakenDown;
    public Integer accountsSanctioned;
    public Integer cluesSubmitted;
    public String requestHash;
    public LocalDateTime receivedAt;
  }

  /** platform_order: what clue handling asked a platform to do, and its confirmation. */
  public static class Order {
    public Long id;
    public String orderNo;
    public long clientPk;
    public String platformName;
    public PlatformOrderKind kind;
    public long clueId;
    public String clueNo;
    public String processInstanceId;
    public String issuingUnit;
    public String documentNo;
    public String requirement;
    public LocalDateTime issuedAt;
    public LocalDateTime respondBy;
    public PlatformOrderStatus status;
    public LocalDateTime confirmedAt;
    public LocalDate completedOn;
    public Integer itemsHandled;
    public String confirmation;
    public String confirmationHash;
    /** The platform's own number of the clue, when the order came from a clue it submitted. */
    public String clueExternalNo;
  }

  /** A register subject an order concerns (platform_order_subject). */
  public static class OrderSubject {
    public long orderId;
    public long subjectId;
  }

  /** A client's answered calls (not refused for the limit) in a window: how many, and the oldest. */
  public static class CallWindow {
    public long count;
    public LocalDateTime oldest;
  }

  /** platform_call_log. */
  public static class Call {
    public Long id;
    public String clientId;
    public String method;
    public String path;
    public int status;
    public LocalDateTime calledAt;
    public long durationMs;
    public String batchId;
  }

  /** platform_letter: an interview notice or a letter sent to a platform, and its acknowledgement. */
  public static class Letter {
    public Long id;
    public String letterNo;
    public long clientPk;
    public String platformName;
    public PlatformLetterKind kind;
    public long interviewId;
    public long interviewSubjectId;
    public String processInstanceId;
    public String issuingUnit;
    public String documentNo;
    public String content;
    public LocalDateTime issuedAt;
    /** Null for a notice: nothing to acknowledge. */
    public LocalDateTime respondBy;
    public PlatformLetterStatus status;
    public LocalDateTime acknowledgedAt;
    public LocalDate acknowledgedOn;
    public String note;
    public String noteHash;
  }

  /** platform_commitment_report: a platform's report that a commitment is fulfilled. */
  public static class CommitmentReport {
    public Long id;
    public String commitmentNo;
    public long clientPk;
    public LocalDateTime reportedAt;
    public LocalDate fulfilledOn;
    public String description;
    public String hash;
  }
}
