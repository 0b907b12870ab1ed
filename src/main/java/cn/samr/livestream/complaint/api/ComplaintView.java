package cn.samr.livestream.complaint.api;

import cn.samr.livestream.complaint.Complaint;
import cn.samr.livestream.complaint.ComplaintEvent;
import cn.samr.livestream.complaint.ComplaintFinding;
import cn.samr.livestream.complaint.ComplaintSubject;
import cn.samr.livestream.complaint.Referral;
import cn.samr.livestream.complaint.RemedyObligation;
import java.util.List;

/**
 * A complaint as /api shows it. The complainant's contact data is masked unless the caller works in the
 * handling unit (投诉举报办法 Art.33: keep the complainant's information confidential).
 */
public record ComplaintView(Complaint complaint, ComplainantView complainant, List<ComplaintSubject> subjects,
    ComplaintFinding finding, List<RemedyObligation> remedies, List<Referral> referrals, List<ComplaintEvent> events) {

  public record ComplainantView(String name, String phone, boolean confidential, boolean masked) {

    /** Never the person: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
      return "ComplainantView[masked=" + masked + "]";
    }
  }
}
