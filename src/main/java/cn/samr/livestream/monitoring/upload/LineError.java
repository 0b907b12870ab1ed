package cn.samr.livestream.monitoring.upload;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem of an upload file: the line as the user sees it (the header is line 1; in a workbook the
 * sheet's row number), the column's header and the field it fills, and the reason in Chinese and
 * English ("中文 / English"). Problems of the whole file have no line; header problems are line 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineError(Integer line, String column, String field, String message) {

  public static LineError of(Integer line, SpotCheckColumn column, String chinese, String english) {
    return new LineError(line, column == null ? null : column.header(), column == null ? null : column.field(),
        chinese + " / " + english);
  }

  /** A problem of the whole file. */
  public static LineError ofFile(String chinese, String english) {
    return new LineError(null, null, null, chinese + " / " + english);
  }
}
