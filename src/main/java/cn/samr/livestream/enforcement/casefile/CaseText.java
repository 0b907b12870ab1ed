package cn.samr.livestream.enforcement.casefile;

/** Text checks the case file's services share. */
final class CaseText {

  private CaseText() {
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static String trim(String text) {
    return blank(text) ? null : text.trim();
  }
}
