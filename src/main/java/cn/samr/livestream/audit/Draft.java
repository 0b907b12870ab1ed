package cn.samr.livestream.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A timeline entry before its actors' names are looked up and personal data is removed.
 *
 * @param actorIds the actor first; several for an enforcement action with several officers
 * @param order    orders entries of one source that happened at the same instant (row id, or epoch ms)
 */
record Draft(LocalDateTime at, TimelineSource source, String code, String label, String decision,
    String decisionLabel, String detail, String documentNo, List<String> actorIds, String processKey, long order) {
}
