package cn.samr.livestream.calendar;

import java.time.LocalDate;

/** One row of holiday_calendar_day, with the year of its version. */
public class CalendarDayRow {

  private int calendarYear;
  private LocalDate holidayDate;
  private boolean offDay;
  private String dayName;

  public int getCalendarYear() {
    return calendarYear;
  }

  public void setCalendarYear(int calendarYear) {
    this.calendarYear = calendarYear;
  }

  public LocalDate getHolidayDate() {
    return holidayDate;
  }

  public void setHolidayDate(LocalDate holidayDate) {
    this.holidayDate = holidayDate;
  }

  public boolean isOffDay() {
    return offDay;
  }

  public void setOffDay(boolean offDay) {
    this.offDay = offDay;
  }

  public String getDayName() {
    return dayName;
  }

  public void setDayName(String dayName) {
    this.dayName = dayName;
  }

  HolidayDay toDay() {
    return new HolidayDay(dayName, holidayDate, offDay);
  }
}
