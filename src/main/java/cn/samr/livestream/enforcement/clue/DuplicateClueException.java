package cn.samr.livestream.enforcement.clue;

/** The external number was registered before; the existing clue is the answer. */
public class DuplicateClueException extends RuntimeException {

  private final transient Clue existing;

  public DuplicateClueException(Clue existing) {
    super("线索已登记：" + existing.getClueNo() + " / clue already registered as " + existing.getClueNo());
    this.existing = existing;
  }

  public Clue existing() {
    return existing;
  }
}
