package cn.samr.livestream.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A year's State Council holiday arrangement in the format of the shipped files
 * (calendar/holidays-cn/&lt;year&gt;.json, github.com/NateScarlet/holiday-cn): the files' {@code $schema} and
 * {@code $id} are accepted and ignored, any other unknown member is refused.
 */
@JsonIgnoreProperties({"$schema", "$id"})
public record HolidayYear(Integer year, List<String> papers, List<HolidayDay> days) {
}
