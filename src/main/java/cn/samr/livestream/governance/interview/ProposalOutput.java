package cn.samr.livestream.governance.interview;

import java.util.Arrays;
import java.util.Optional;

/**
 * The values of interview-proposal.dmn's output {@code proposal} the code knows (docs/governance.md §2.6); any other
 * value a designer's version gives is no proposal (logged).
 */
public enum ProposalOutput {
  NONE(null),
  REMINDER_LETTER(InterviewKind.REMINDER_LETTER),
  INTERVIEW(InterviewKind.INTERVIEW);

  private final InterviewKind kind;

  ProposalOutput(InterviewKind kind) {
    this.kind = kind;
  }

  /** The form proposed; empty for NONE. */
  public Optional<InterviewKind> kind() {
    return Optional.ofNullable(kind);
  }

  public static Optional<ProposalOutput> ofCode(String code) {
    return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
  }
}
