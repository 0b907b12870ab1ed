package cn.samr.livestream.governance.interview;

/** The interview facts of the credit risk class for a set of subjects (InterviewMapper.creditCountsSince). */
public record InterviewCreditCounts(long failedCommitments, long unacknowledgedLetters) {
}
