package cn.samr.livestream.enforcement.casefile;

import java.util.Date;

/**
 * The decision deadline after it moved (or stayed): the new due date, the days from filing to it (the
 * model's due-date expressions) and the text the forms show.
 */
public record DecisionDeadline(Date due, int periodDays, String text) {
}
