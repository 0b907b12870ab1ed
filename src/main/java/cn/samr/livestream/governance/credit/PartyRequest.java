package cn.samr.livestream.governance.credit;

import java.time.LocalDate;

/**
 * What the party filed, as the officer records it: POST /api/credit-listings/{no}/removal-applications,
 * …/objections and …/revocation (the day it was received, the grounds).
 */
public record PartyRequest(LocalDate receivedOn, String grounds) {
}
