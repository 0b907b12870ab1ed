package cn.samr.livestream.complaint;

/** The external number was registered before; the existing complaint is the answer. */
public class DuplicateComplaintException extends RuntimeException {

  private final transient Complaint existing;

  public DuplicateComplaintException(Complaint existing) {
    super("投诉已登记：" + existing.getComplaintNo() + " / complaint already registered as " + existing.getComplaintNo());
    this.existing = existing;
  }

  public Complaint existing() {
    return existing;
  }
}
