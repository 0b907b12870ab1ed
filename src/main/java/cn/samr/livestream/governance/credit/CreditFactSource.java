package cn.samr.livestream.governance.credit;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A governance part that knows facts the risk class reads (listings in force, interview commitments not kept, letters
 * not acknowledged): a Spring bean the class computation asks with all of a party's register ids.
 */
public interface CreditFactSource {

  CreditFacts addTo(CreditFacts facts, Collection<Long> subjectIds, LocalDate today);
}
