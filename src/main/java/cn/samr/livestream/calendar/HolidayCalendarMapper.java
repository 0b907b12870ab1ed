package cn.samr.livestream.calendar;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface HolidayCalendarMapper {

  /** The highest version number of the year, null if the year has none. */
  Integer latestVersion(@Param("year") int year);

  /** Inserts a version (not yet current); its id is set. Duplicate (year, version): a concurrent save won. */
  void insertVersion(CalendarVersion version);

  void insertDays(@Param("calendarId") long calendarId, @Param("days") List<HolidayDay> days);

  /** Makes {@code version} the year's current one and every other version of the year not current. */
  void markCurrent(@Param("year") int year, @Param("version") int version);

  /** Every version of the year, newest first. */
  List<CalendarVersion> versions(@Param("year") int year);

  List<CalendarDayRow> days(@Param("calendarId") long calendarId);

  /** The days of every year's current version, by year and date. */
  List<CalendarDayRow> currentDays();

  /** Which versions are current, in one cheap row: changes whenever any node saves a year. */
  CalendarStamp currentStamp();
}
