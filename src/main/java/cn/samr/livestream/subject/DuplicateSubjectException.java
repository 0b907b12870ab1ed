package cn.samr.livestream.subject;

/** A new or corrected entry whose credit code or account is already another record's: 409. */
public class DuplicateSubjectException extends RuntimeException {

  private final transient SupervisedSubject existing;

  public DuplicateSubjectException(SupervisedSubject existing) {
    super("subject already registered as " + existing.getId());
    this.existing = existing;
  }

  public SupervisedSubject existing() {
    return existing;
  }
}
