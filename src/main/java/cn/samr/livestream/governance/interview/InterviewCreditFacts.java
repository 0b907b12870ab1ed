package cn.samr.livestream.governance.interview;

import cn.samr.livestream.governance.credit.CreditFactSource;
import cn.samr.livestream.governance.credit.CreditFacts;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * What interviews tell the credit risk class: commitments found not kept in the last year. Letters not acknowledged
 * count once the written-reminder path exists (slice 3); until then there are none.
 */
@Component
class InterviewCreditFacts implements CreditFactSource {

  private final InterviewMapper interviews;

  InterviewCreditFacts(InterviewMapper interviews) {
    this.interviews = interviews;
  }

  @Override
  public CreditFacts addTo(CreditFacts facts, Collection<Long> subjectIds, LocalDate today) {
    return facts.withInterviews(interviews.countFailedCommitmentsSince(subjectIds, today.minusYears(1).atStartOfDay()),
        0);
  }
}
