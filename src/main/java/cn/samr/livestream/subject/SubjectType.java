package cn.samr.livestream.subject;

/** Who is supervised (DOMAIN.md §1). */
public enum SubjectType {
  PLATFORM("直播电商平台"),
  ROOM_OPERATOR("直播间运营者"),
  STREAMER("主播/直播营销人员"),
  AGENCY("直播营销人员服务机构"),
  MERCHANT("商品经营者");

  private final String label;

  SubjectType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
