package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Clues for tests; each names a fresh subject so that "first offence" is a fact of the test. */
public final class ClueFixtures {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private ClueFixtures() {
  }

  /** Monitoring found a Baoshan live room's false advertising of a cosmetic. */
  public static ClueRequest monitoringFinding(LocalDateTime receivedAt) {
    long n = SEQUENCE.incrementAndGet();
    return new ClueRequest(ClueSource.MONITORING, "JC-" + n, receivedAt, ViolationCategory.ADVERTISING, "310113",
        List.of(new ClueRequest.Subject(SubjectType.ROOM_OPERATOR, "上海测试网络科技有限公司" + n,
            ComplaintFixtures.uniqueCreditCode("310113"), "测试平台", "room-" + n, "310113")),
        "监测发现直播间宣称普通化妆品具有祛斑治疗功效", List.of("https://example.invalid/replay/" + n, "截图" + n + ".png"),
        null);
  }

  /** The clue about a subject in another district (e.g. 310115, Pudong), which then handles it. */
  public static ClueRequest inDistrict(ClueRequest r, String district) {
    return new ClueRequest(r.source(), r.externalNo(), r.receivedAt(), r.category(), district,
        r.subjects().stream().map(s -> new ClueRequest.Subject(s.type(), s.name(),
            ComplaintFixtures.uniqueCreditCode(district), s.platformName(), s.accountId(), district)).toList(),
        r.facts(), r.evidence(), r.reporter());
  }

  /** A real-name report (实名举报) about the same kind of matter. */
  public static ClueRequest realNameReport(LocalDateTime receivedAt) {
    ClueRequest r = monitoringFinding(receivedAt);
    return new ClueRequest(ClueSource.REPORT, r.externalNo(), receivedAt, r.category(), r.district(), r.subjects(),
        "举报人反映：" + r.facts(), r.evidence(),
        new ClueRequest.Reporter("王举报", "13700001111", "310113199001011234", "上海市宝山区某路1号"));
  }
}
