package cn.samr.livestream.platform;

/** What a platform client may do on /platform-api/v1; an administrator grants each (docs/platform-api.md). */
public enum PlatformScope {
  /** 报送线索 and read their status: /clues. */
  CLUES("报送线索"),
  /** 报送主体名录: /subject-batches. */
  SUBJECTS("报送经营主体"),
  /** 报送自查报告: /self-inspection-reports. */
  REPORTS("报送自查报告"),
  /** 接收指令并确认处置: /orders (责令改正 where the platform is the party, 下架/删除/暂停直播间 requests). */
  ORDERS("接收指令并确认处置"),
  /** 接收约谈通知与函件、确认收悉、报告承诺履行: /letters, /commitments (docs/governance.md §2.5). */
  LETTERS("接收约谈通知与函件");

  private final String label;

  PlatformScope(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
