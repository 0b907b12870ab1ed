package cn.samr.livestream.subject;

import java.time.LocalDateTime;

/** A record merged into this one (V14 or later), with what it was. */
public record SubjectMergeEntry(Long mergedId, String reason, String mergedType, String mergedName,
    String mergedCreditCode, String mergedPlatformName, String mergedAccountId, LocalDateTime mergedAt,
    String mergedBy) {
}
