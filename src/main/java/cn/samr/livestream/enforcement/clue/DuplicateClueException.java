package cn.samr.livestream.enforcement.clue;

/**
 * The external number was registered before; the existing clue is the answer to who may read it. The
 * message does not name it: it may reach a caller who may not (a Tasklist start form).
 */
public class DuplicateClueException extends RuntimeException {

  private final transient Clue existing;

  public DuplicateClueException(Clue existing) {
    super("该外部编号的线索已登记 / a clue with this external number is already registered");
    this.existing = existing;
  }

  public Clue existing() {
    return existing;
  }
}
