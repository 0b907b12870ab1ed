package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.shared.ViolationCategory;
import java.util.List;

/**
 * What a write-up is drafted from: a closed case whose penalty decision is published, or a criminal transfer the
 * police accepted. Read through the enforcement feature's services.
 */
public record WriteUpSource(Long caseId, Long transferId, Long clueId, String unit, ViolationCategory category,
    List<Long> subjectIds, String sourceKey, boolean ready) {

  /** 400 unless the source may become a typical case (asked after the caller's scope, so it tells nothing to others). */
  public void requireReady(String sourceNo, String field) {
    if (ready) {
      return;
    }
    throw transferId != null
        ? cn.samr.livestream.shared.InvalidInputException.of(field, "公安机关尚未接受该涉嫌犯罪移送：" + sourceNo,
            "the police have not accepted this criminal transfer: " + sourceNo)
        : cn.samr.livestream.shared.InvalidInputException.of(field, "案件尚未结案或处罚决定尚未公示：" + sourceNo,
            "the case is not closed with its penalty decision published: " + sourceNo);
  }
}
