package cn.samr.livestream.subject;

import java.util.List;

/**
 * A supervised subject's record: complaints naming it, clues about it and enforcement actions taken
 * against it. {@code sanctions} counts the sanctions on record; {@code sanctionsInFirstOffenceWindow} the
 * earlier findings of violation within the first-offence look-back window, and {@code firstOffence} is
 * true while there are none (the same count response-tier.dmn reads as priorSanctionsInWindow; for
 * display, the tier proposal is the table's). No complainant or reporter data.
 *
 * <p>A read model the features feed through {@link SubjectHistorySource}: the entries are theirs (each
 * feature's own record type), so this package names none of their classes.
 */
public record SubjectHistory(SupervisedSubject subject, long sanctions, long sanctionsInFirstOffenceWindow,
    boolean firstOffence, List<?> complaints, List<?> clues, List<?> actions) {

  /** Collects the features' parts; a part no feature fills stays empty. */
  public static final class Parts {

    private List<?> complaints = List.of();
    private List<?> clues = List.of();
    private List<?> actions = List.of();
    private long sanctions;
    private long sanctionsInWindow;

    public Parts complaints(List<?> entries) {
      this.complaints = List.copyOf(entries);
      return this;
    }

    public Parts clues(List<?> entries) {
      this.clues = List.copyOf(entries);
      return this;
    }

    /**
     * The enforcement actions on record, how many of them are sanctions (处罚或告诫等) and how many earlier
     * matters found a violation within the first-offence window (首违回溯期).
     */
    public Parts actions(List<?> entries, long sanctions, long sanctionsInWindow) {
      this.actions = List.copyOf(entries);
      this.sanctions = sanctions;
      this.sanctionsInWindow = sanctionsInWindow;
      return this;
    }

    SubjectHistory of(SupervisedSubject subject) {
      return new SubjectHistory(subject, sanctions, sanctionsInWindow, sanctionsInWindow == 0, complaints, clues,
          actions);
    }
  }
}
