package cn.samr.livestream.coordination;

import java.time.LocalDateTime;

/** One complaint (投诉) or report clue (举报) of the month, as the summary lists it. */
public record LeadLine(String kind, String number, LocalDateTime receivedAt, String handlingUnit, String text) {
}
