package cn.samr.livestream.governance.interview;

/** The counts one aggregate query reads for a party's proposal ({@link InterviewMapper#proposalCounts}). */
public class ProposalCounts {

  private long complaintsInWindow;
  private long substantiatedCluesInWindow;
  private long ordersNotCorrectedInWindow;
  private long failedCommitments;

  public long getComplaintsInWindow() {
    return complaintsInWindow;
  }

  public void setComplaintsInWindow(long complaintsInWindow) {
    this.complaintsInWindow = complaintsInWindow;
  }

  public long getSubstantiatedCluesInWindow() {
    return substantiatedCluesInWindow;
  }

  public void setSubstantiatedCluesInWindow(long substantiatedCluesInWindow) {
    this.substantiatedCluesInWindow = substantiatedCluesInWindow;
  }

  public long getOrdersNotCorrectedInWindow() {
    return ordersNotCorrectedInWindow;
  }

  public void setOrdersNotCorrectedInWindow(long ordersNotCorrectedInWindow) {
    this.ordersNotCorrectedInWindow = ordersNotCorrectedInWindow;
  }

  public long getFailedCommitments() {
    return failedCommitments;
  }

  public void setFailedCommitments(long failedCommitments) {
    this.failedCommitments = failedCommitments;
  }
}
