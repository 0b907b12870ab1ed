package cn.samr.livestream.governance.typicalcase;

/** The text fields of a write-up, in the order the check reports them; every one is checked. */
public enum WriteUpField {
  TITLE("title", "标题"),
  PARTY_DESIGNATION("partyDesignation", "当事人称谓"),
  FACTS("facts", "案情"),
  VIOLATION("violation", "违法行为"),
  BASIS("basis", "处罚依据"),
  OUTCOME("outcome", "处理结果"),
  SIGNIFICANCE("significance", "典型意义");

  private final String key;
  private final String label;

  WriteUpField(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public String of(TypicalCase writeUp) {
    return switch (this) {
      case TITLE -> writeUp.getTitle();
      case PARTY_DESIGNATION -> writeUp.getPartyDesignation();
      case FACTS -> writeUp.getFacts();
      case VIOLATION -> writeUp.getViolation();
      case BASIS -> writeUp.getBasis();
      case OUTCOME -> writeUp.getOutcome();
      case SIGNIFICANCE -> writeUp.getSignificance();
    };
  }
}
