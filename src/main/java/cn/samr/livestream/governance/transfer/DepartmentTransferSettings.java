package cn.samr.livestream.governance.transfer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The department transfer's settings under livestream.transfer (application.yaml), checked at start: the receipt
 * and default feedback targets in working days (内部, internal targets: no rule sets them) and whether the units'
 * transfers go out through the coordination group. Only transfers sent after a change take it.
 */
@Component
public class DepartmentTransferSettings {

  public static final int RECEIPT_WORKING_DAYS = 5;
  public static final int FEEDBACK_WORKING_DAYS = 15;
  /** The feedback reminder runs this many working days before the deadline. */
  public static final int REMINDER_WORKING_DAYS_BEFORE = 2;
  public static final int MIN_FEEDBACK_WORKING_DAYS = 3;
  public static final int MAX_FEEDBACK_WORKING_DAYS = 60;

  private final int receiptWorkingDays;
  private final int feedbackWorkingDays;
  private final boolean viaCoordination;

  public DepartmentTransferSettings(
      @Value("${livestream.transfer.receipt-working-days:" + RECEIPT_WORKING_DAYS + "}") int receiptWorkingDays,
      @Value("${livestream.transfer.feedback-working-days:" + FEEDBACK_WORKING_DAYS + "}") int feedbackWorkingDays,
      @Value("${livestream.transfer.via-coordination:true}") boolean viaCoordination) {
    if (receiptWorkingDays < 1) {
      throw new IllegalArgumentException(
          "livestream.transfer.receipt-working-days must be at least 1, was " + receiptWorkingDays);
    }
    if (feedbackWorkingDays < MIN_FEEDBACK_WORKING_DAYS || feedbackWorkingDays > MAX_FEEDBACK_WORKING_DAYS) {
      throw new IllegalArgumentException("livestream.transfer.feedback-working-days must be 3-60, was "
          + feedbackWorkingDays);
    }
    this.receiptWorkingDays = receiptWorkingDays;
    this.feedbackWorkingDays = feedbackWorkingDays;
    this.viaCoordination = viaCoordination;
  }

  public int receiptWorkingDays() {
    return receiptWorkingDays;
  }

  public int feedbackWorkingDays() {
    return feedbackWorkingDays;
  }

  public boolean viaCoordination() {
    return viaCoordination;
  }
}
