package cn.samr.livestream.calendar;

import java.util.Objects;

/**
 * Which versions of holiday_calendar are current, in three numbers: how many, the newest id and the sum of their ids.
 * A save inserts a version with a new, highest id and makes it current, so every save changes it; a year removed, or
 * an older version made current again by hand, changes the count or the sum.
 */
public class CalendarStamp {

  private long currentVersions;
  private long newestId;
  private long idSum;

  public long getCurrentVersions() {
    return currentVersions;
  }

  public void setCurrentVersions(long currentVersions) {
    this.currentVersions = currentVersions;
  }

  public long getNewestId() {
    return newestId;
  }

  public void setNewestId(long newestId) {
    this.newestId = newestId;
  }

  public long getIdSum() {
    return idSum;
  }

  public void setIdSum(long idSum) {
    this.idSum = idSum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CalendarStamp that && currentVersions == that.currentVersions
        && newestId == that.newestId && idSum == that.idSum;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currentVersions, newestId, idSum);
  }

  @Override
  public String toString() {
    return "CalendarStamp[" + currentVersions + " current, newest id " + newestId + ", id sum " + idSum + "]";
  }
}
