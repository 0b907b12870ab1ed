package cn.samr.livestream.governance.credit;

import java.time.LocalDate;

/**
 * POST /api/credit-listings and the start form 拟列入信用名单. SERIOUS_ILLEGAL: the case (caseNo) whose penalty
 * decision the listing rests on, of the proposing unit; ABNORMAL: the subject (subjectId) registered in the unit's
 * district, the ground and the day it was found (foundOn, 查实日). listingUnit: optional, the head's own unit.
 */
public record ListingRequest(ListingKind kind, Long subjectId, String caseNo, ListingGround ground, String reason,
    LocalDate foundOn, String listingUnit) {
}
