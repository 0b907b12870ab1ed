package cn.samr.livestream.monitoring.upload;

import java.util.List;

/**
 * An upload file that is refused as a whole: nothing of it is stored. The code tells what kind of
 * problem (INVALID_ROWS, EMPTY_FILE, UNKNOWN_HEADER, ...), the errors where.
 */
public class UploadRejectedException extends RuntimeException {

  /** At most this many errors are listed; {@link UploadError#errorCount()} counts them all. */
  static final int MAX_LISTED = 500;

  private final String code;
  private final transient List<LineError> errors;
  private final boolean tooLarge;

  public UploadRejectedException(String code, String chinese, String english, List<LineError> errors) {
    this(code, chinese, english, errors, false);
  }

  private UploadRejectedException(String code, String chinese, String english, List<LineError> errors,
      boolean tooLarge) {
    super(chinese + " / " + english);
    this.code = code;
    this.errors = List.copyOf(errors);
    this.tooLarge = tooLarge;
  }

  /** A problem of the whole file, told once. */
  public static UploadRejectedException file(String code, String chinese, String english) {
    return new UploadRejectedException(code, chinese, english, List.of(LineError.ofFile(chinese, english)));
  }

  /** Over the size limit: answered 413. */
  public static UploadRejectedException tooLarge(long maxBytes) {
    String mb = maxBytes / (1024 * 1024) + " MB";
    return new UploadRejectedException("FILE_TOO_LARGE", "文件超过" + mb, "the file is larger than " + mb,
        List.of(LineError.ofFile("文件超过" + mb + "，请分成几个文件上传", "the file is larger than " + mb
            + "; split it into several files")), true);
  }

  /** Rows that break the rules: every one listed with its line. */
  public static UploadRejectedException rows(List<LineError> errors) {
    long lines = errors.stream().map(LineError::line).distinct().count();
    return new UploadRejectedException("INVALID_ROWS", "文件中有" + lines + "行不符合要求，未保存任何记录",
        lines + " line(s) of the file are invalid; nothing was stored", errors);
  }

  public String code() {
    return code;
  }

  public List<LineError> errors() {
    return errors;
  }

  public boolean isTooLarge() {
    return tooLarge;
  }

  /** The answer's body. */
  public UploadError body() {
    return new UploadError(code, getMessage(), errors.size(),
        errors.size() > MAX_LISTED ? errors.subList(0, MAX_LISTED) : errors);
  }
}
