package cn.samr.livestream.shared;

import java.util.Set;

/**
 * Facts about these register subjects changed: a complaint names them, a clue about them was found substantiated, a
 * penalty was decided, an order to correct was not complied with, a transfer to the police was sent. Published (a
 * Spring application event) in the transaction that changed them; what is derived from the facts (the credit risk
 * class) is recomputed before that transaction commits. The publishers name no listener.
 */
public record SubjectFactsChanged(Set<Long> subjectIds) {

  public SubjectFactsChanged {
    subjectIds = Set.copyOf(subjectIds);
  }
}
