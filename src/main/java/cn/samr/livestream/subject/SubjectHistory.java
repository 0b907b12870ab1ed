package cn.samr.livestream.subject;

import java.util.List;

/**
 * A supervised subject's record: complaints naming it, clues about it and enforcement actions taken
 * against it. {@code firstOffence} is true while no sanction is on record (then a new violation is a
 * first offence, 首违); {@code sanctions} counts them. No complainant or reporter data.
 *
 * <p>A read model the features feed through {@link SubjectHistorySource}: the entries are theirs (each
 * feature's own record type), so this package names none of their classes.
 */
public record SubjectHistory(SupervisedSubject subject, long sanctions, boolean firstOffence,
    List<?> complaints, List<?> clues, List<?> actions) {

  /** Collects the features' parts; a part no feature fills stays empty. */
  public static final class Parts {

    private List<?> complaints = List.of();
    private List<?> clues = List.of();
    private List<?> actions = List.of();
    private long sanctions;

    public Parts complaints(List<?> entries) {
      this.complaints = List.copyOf(entries);
      return this;
    }

    public Parts clues(List<?> entries) {
      this.clues = List.copyOf(entries);
      return this;
    }

    /** The enforcement actions on record and how many of them are sanctions (处罚或告诫等). */
    public Parts actions(List<?> entries, long sanctions) {
      this.actions = List.copyOf(entries);
      this.sanctions = sanctions;
      return this;
    }

    SubjectHistory of(SupervisedSubject subject) {
      return new SubjectHistory(subject, sanctions, sanctions == 0, complaints, clues, actions);
    }
  }
}
