package cn.samr.livestream.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (个人信息) wherever it is shown to someone who does not handle the matter, and in
 * every list and report: a phone number as {@code 138****5678}, a resident ID number as
 * {@code 310***********1234}, a name as {@code 张*}. {@link #inText} masks phone and ID numbers that
 * people wrote into free text (a complaint's description, a clue's facts).
 */
public final class PersonalDataMask {

  /** Mainland mobile numbers, optionally +86, not part of a longer number. */
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?(1[3-9][0-9])[- ]?([0-9]{4})[- ]?([0-9]{4})(?![0-9])");
  /** 18-character resident ID numbers (with a plausible birth date), not part of a longer code. */
  private static final Pattern ID_NUMBER = Pattern.compile(
      "(?<![0-9A-Za-z])([1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx])(?![0-9A-Za-z])");

  private PersonalDataMask() {
  }

  /** The first 3 and last 4 characters kept: 13812345678 → 138****5678; shorter numbers entirely masked. */
  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    return phone.length() <= 7 ? "*".repeat(phone.length())
        : phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  /** The first 3 and last 4 characters kept: 310113199001011234 → 310***********1234. */
  public static String idNumber(String idNumber) {
    return phone(idNumber);
  }

  /** The family name kept: 张三 → 张*. */
  public static String name(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
  }

  /** Phone and ID numbers in free text masked, everything else as written. */
  public static String inText(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher ids = ID_NUMBER.matcher(text);
    StringBuilder withoutIds = new StringBuilder();
    while (ids.find()) {
      ids.appendReplacement(withoutIds, Matcher.quoteReplacement(idNumber(ids.group(1))));
    }
    ids.appendTail(withoutIds);
    Matcher phones = MOBILE.matcher(withoutIds);
    StringBuilder masked = new StringBuilder();
    while (phones.find()) {
      phones.appendReplacement(masked, Matcher.quoteReplacement(phones.group(1) + "****" + phones.group(3)));
    }
    phones.appendTail(masked);
    return masked.toString();
  }
}
