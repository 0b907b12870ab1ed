package cn.samr.livestream.subject.importing;

import java.util.List;

/**
 * A register import refused as a whole: nothing of it is stored. Answered 400 with the code, the message in
 * Chinese and English, how many problems there are and the first 500 of them with their lines, as the
 * spot-check upload answers.
 */
public class ImportRejectedException extends RuntimeException {

  static final int MAX_LISTED = 500;

  /** One problem: the line as the user sees it (header = line 1; null for the whole file), column, field. */
  public record RowError(Integer line, String column, String field, String message) {

    static RowError of(Integer line, SubjectColumn column, String chinese, String english) {
      return new RowError(line, column == null ? null : column.header(), column == null ? null : column.field(),
          chinese + " / " + english);
    }
  }

  /** The answer's body. */
  public record Body(String code, String message, int errorCount, List<RowError> errors) {
  }

  private final String code;
  private final transient List<RowError> errors;

  ImportRejectedException(String code, String chinese, String english, List<RowError> errors) {
    super(chinese + " / " + english);
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  static ImportRejectedException file(String code, String chinese, String english) {
    return new ImportRejectedException(code, chinese, english, List.of(RowError.of(null, null, chinese, english)));
  }

  static ImportRejectedException rows(List<RowError> errors) {
    long lines = errors.stream().map(RowError::line).distinct().count();
    return new ImportRejectedException("INVALID_ROWS", "文件中有" + lines + "行不符合要求，未保存任何记录",
        lines + " line(s) of the file are invalid; nothing was stored", errors);
  }

  public String code() {
    return code;
  }

  public Body body() {
    return new Body(code, getMessage(), errors.size(), errors.subList(0, Math.min(errors.size(), MAX_LISTED)));
  }
}
