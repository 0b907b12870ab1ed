package cn.samr.livestream.governance.interview;

import cn.samr.livestream.governance.credit.CreditFactSource;
import cn.samr.livestream.governance.credit.CreditFacts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * What interviews tell the credit risk class: commitments found not kept and letters (提醒告诫函、行政指导意见函) not
 * acknowledged by their day (recorded 逾期未确认), both in the last year.
 */
@Component
class InterviewCreditFacts implements CreditFactSource {

  private final InterviewMapper interviews;

  InterviewCreditFacts(InterviewMapper interviews) {
    this.interviews = interviews;
  }

  @Override
  public CreditFacts addTo(CreditFacts facts, Collection<Long> subjectIds, LocalDate today) {
    LocalDateTime since = today.minusYears(1).atStartOfDay();
    InterviewCreditCounts counts = interviews.creditCountsSince(subjectIds, since);
    return facts.withInterviews(counts.failedCommitments(), counts.unacknowledgedLetters());
  }
}
