package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.calendar.WorkCalendar;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The typical-case tasks' due dates: internal targets (内部) of this bureau, no rule sets one; in working days from
 * the task's creation, configured in livestream.typical-case.* (at least one day).
 */
@Component
public class TypicalCaseDeadlines {

  private final WorkCalendar calendar;
  private final int draftWorkingDays;
  private final int approvalWorkingDays;

  public TypicalCaseDeadlines(WorkCalendar calendar,
      @Value("${livestream.typical-case.draft-working-days:10}") int draftWorkingDays,
      @Value("${livestream.typical-case.approval-working-days:10}") int approvalWorkingDays) {
    if (draftWorkingDays < 1 || approvalWorkingDays < 1) {
      throw new IllegalStateException("livestream.typical-case.*-working-days must be at least 1");
    }
    this.calendar = calendar;
    this.draftWorkingDays = draftWorkingDays;
    this.approvalWorkingDays = approvalWorkingDays;
  }

  public Date draftDue(Date from) {
    return calendar.addWorkingDays(from, draftWorkingDays);
  }

  public Date approvalDue(Date from) {
    return calendar.addWorkingDays(from, approvalWorkingDays);
  }
}
