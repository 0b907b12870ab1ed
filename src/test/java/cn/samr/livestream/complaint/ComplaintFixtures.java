package cn.samr.livestream.complaint;

import java.math.BigDecimal;
import cn.samr.livestream.shared.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Complaints for tests; every call names fresh subjects so repeat counts never leak between tests. */
public final class ComplaintFixtures {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private ComplaintFixtures() {
  }

  public static String uniqueCreditCode(String district) {
    return "91" + district + String.format("%010d", SEQUENCE.incrementAndGet());
  }

  /** A refund complaint against a Baoshan merchant selling on a Pudong platform. */
  public static ComplaintRequest baoshanMerchant(LocalDateTime receivedAt) {
    long n = SEQUENCE.incrementAndGet();
    return new ComplaintRequest(ComplaintSource.NATIONAL_12315, "12315-" + n, receivedAt,
        new ComplaintRequest.Person("张三", "13812345678", false),
        new ComplaintRequest.Subjects(
            new ComplaintRequest.Organisation("测试直播平台" + n, null, "310115"),
            new ComplaintRequest.LiveRoom(null, "room-" + n, "好物直播间" + n),
            new ComplaintRequest.Organisation("宝山测试商贸有限公司" + n, uniqueCreditCode("310113"), "310113")),
        null, "保湿面霜", "ORDER-" + n, new BigDecimal("299.00"), Set.of(ClaimType.REFUND),
        "直播间宣称进口正品，收货后发现无中文标签，商家拒绝退款。", false);
  }

  /** The same kind of refund complaint against a merchant registered in the district (e.g. 310115, Pudong). */
  public static ComplaintRequest merchantIn(String district, LocalDateTime receivedAt) {
    ComplaintRequest r = baoshanMerchant(receivedAt);
    ComplaintRequest.Organisation m = r.subjects().merchant();
    return new ComplaintRequest(r.source(), r.externalNo(), r.receivedAt(), r.complainant(),
        new ComplaintRequest.Subjects(r.subjects().platform(), r.subjects().liveRoom(),
            new ComplaintRequest.Organisation(m.name(), uniqueCreditCode(district), district)),
        r.district(), r.product(), r.orderNo(), r.amountPaid(), r.claims(), r.description(), false);
  }

  public static ComplaintRequest withLifeHealthRisk(ComplaintRequest r) {
    return new ComplaintRequest(r.source(), r.externalNo(), r.receivedAt(), r.complainant(), r.subjects(), r.district(),
        r.product(), r.orderNo(), r.amountPaid(), r.claims(), r.description(), true);
  }

  /** Neither merchant nor platform district known, no district named: the complaint centre assigns. */
  public static ComplaintRequest unknownJurisdiction(LocalDateTime receivedAt) {
    ComplaintRequest r = baoshanMerchant(receivedAt);
    return new ComplaintRequest(r.source(), r.externalNo(), r.receivedAt(), r.complainant(),
        new ComplaintRequest.Subjects(null, r.subjects().liveRoom(), null), null, r.product(), r.orderNo(),
        r.amountPaid(), r.claims(), r.description(), false);
  }

  /** Another complaint against the same subjects, with its own external number. */
  public static ComplaintRequest againstSameSubjects(ComplaintRequest r, LocalDateTime receivedAt) {
    return new ComplaintRequest(r.source(), "12315-" + SEQUENCE.incrementAndGet(), receivedAt, r.complainant(),
        r.subjects(), r.district(), r.product(), r.orderNo(), r.amountPaid(), r.claims(), r.description(), false);
  }

  /**
   * The fields of the Tasklist start form 登记投诉 (forms/complaint-registration.form) for a refund
   * complaint received today against a fresh Baoshan merchant on a Pudong platform.
   */
  public static Map<String, Object> startForm(String complainantName, String phone, String description) {
    long n = SEQUENCE.incrementAndGet();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("source", "HOTLINE");
    form.put("receivedDate", LocalDate.now(Times.ZONE).toString());
    form.put("pii_complainantName", complainantName);
    form.put("pii_complainantPhone", phone);
    form.put("complainantConfidential", true);
    form.put("platformName", "表单测试平台");
    form.put("platformDistrict", "310115");
    form.put("streamerPlatformAccount", "");
    form.put("streamerName", "");
    form.put("merchantName", "表单测试商贸有限公司" + n);
    form.put("merchantCreditCode", uniqueCreditCode("310113"));
    form.put("merchantDistrict", "310113");
    form.put("product", "保健食品");
    form.put("amountPaid", 128.5);
    form.put("claimRefund", true);
    form.put("claimReturn", false);
    form.put("lifeHealthRisk", false);
    form.put("description", description);
    return form;
  }
}
