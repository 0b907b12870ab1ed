package cn.samr.livestream.complaint;

/**
 * The external number was registered before; the existing complaint is the answer to who may read it.
 * The message does not name it: it may reach a caller who may not (a Tasklist start form).
 */
public class DuplicateComplaintException extends RuntimeException {

  private final transient Complaint existing;

  public DuplicateComplaintException(Complaint existing) {
    super("该外部编号的投诉已登记 / a complaint with this external number is already registered");
    this.existing = existing;
  }

  public Complaint existing() {
    return existing;
  }
}
