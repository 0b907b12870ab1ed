package cn.samr.livestream.calendar;

import java.time.LocalDateTime;

/**
 * A row of {@code deadline_change}: a deadline computed again (a holiday calendar entered or corrected), with its
 * old and new date; also a provisional deadline confirmed unchanged.
 */
public record DeadlineChange(Long id, long deadlineId, String processInstanceId, String activityName,
    LocalDateTime oldDueAt, LocalDateTime newDueAt, boolean oldProvisional, boolean newProvisional, String reason,
    String changedBy, LocalDateTime changedAt) {
}
