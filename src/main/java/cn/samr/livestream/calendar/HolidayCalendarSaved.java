package cn.samr.livestream.calendar;

/**
 * A year of the holiday calendar was entered or corrected and is now the one deadlines count with: published
 * after the save committed, so that the deadlines computed from that year are computed again.
 */
public record HolidayCalendarSaved(int year, int versionNo, String actor) {
}
