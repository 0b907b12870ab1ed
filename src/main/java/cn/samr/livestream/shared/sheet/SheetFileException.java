package cn.samr.livestream.shared.sheet;

/**
 * A table file that cannot be read as a whole (type, encoding, damage, an unclosed quote on a line): the
 * caller turns it into its own refusal, nothing of the file is used.
 */
public class SheetFileException extends RuntimeException {

  private final String code;
  private final String chinese;
  private final String english;
  private final Integer line;
  private final boolean tooLarge;

  public SheetFileException(String code, String chinese, String english) {
    this(code, chinese, english, null, false);
  }

  /** A problem on one line of the file. */
  public SheetFileException(int line, String chinese, String english) {
    this("INVALID_ROWS", chinese, english, line, false);
  }

  private SheetFileException(String code, String chinese, String english, Integer line, boolean tooLarge) {
    super(chinese + " / " + english);
    this.code = code;
    this.chinese = chinese;
    this.english = english;
    this.line = line;
    this.tooLarge = tooLarge;
  }

  static SheetFileException tooLarge() {
    return new SheetFileException("FILE_TOO_LARGE", "文件过大", "the file is too large", null, true);
  }

  static SheetFileException empty() {
    return new SheetFileException("EMPTY_FILE", "文件是空的", "the file is empty");
  }

  public String code() {
    return code;
  }

  public String chinese() {
    return chinese;
  }

  public String english() {
    return english;
  }

  /** The line of a problem on one line, else null. */
  public Integer line() {
    return line;
  }

  public boolean isTooLarge() {
    return tooLarge;
  }
}
