package cn.samr.livestream.governance.typicalcase;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The personal-data check of a write-up (docs/governance.md §5.2), run on the server on every text field after each
 * draft and again at publication: checked, not trusted. The text is normalised first (NFKC: full-width to
 * half-width; zero-width characters dropped; separators between digits and letters dropped, so that
 * {@code 138 0013 8000} and {@code 138-0013-8000} are one number; for the known values every separator and
 * punctuation mark and case are ignored, so {@code 张·三} is {@code 张三}). Findings name the field, the kind and the
 * position in the text as written, never the matched text.
 */
@Component
public class WriteUpScrubber {

  /** Known values shorter than this (after normalisation) are not looked for: too many false alarms. */
  static final int MIN_KNOWN_LENGTH = 2;

  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
  private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(?:\\(0\\d{2,3}\\)\\d{7,8}|0\\d{2,3}\\d{7,8})(?!\\d)");
  private static final Pattern EIGHTEEN = Pattern.compile("(?<![0-9A-Za-z])[0-9A-Za-z]{17}[0-9A-Za-z](?![0-9A-Za-z])");
  private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern URL = Pattern.compile(
      "(?i)(?:https?://|www\\.)[^\\s，。；、）)\"'<>]+|(?<![@\\w.])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|tv|live)/[^\\s，。；、）)\"'<>]+");
  /**
   * Internal record numbers (XS-yyyyMMdd-NNNNN, TS-…, DX-…) point to one matter; matched on the compact view, where
   * their dashes are gone.
   */
  private static final Pattern INTERNAL_NO = Pattern.compile("(?i)(?<![a-z])[a-z]{2,4}\\d{13}(?!\\d)");
  private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";

  /** Every finding in the fields, ordered by field and position; an empty list is a clean write-up. */
  public List<Finding> scan(Map<WriteUpField, String> fields, KnownValues known) {
    Map<FindingKind, List<String>> needles = needles(known);
    List<Finding> findings = new ArrayList<>();
    for (WriteUpField field : WriteUpField.values()) {
      String text = fields.get(field);
      if (text != null && !text.isEmpty()) {
        findings.addAll(scanField(field, text, needles));
      }
    }
    return findings;
  }

  private List<Finding> scanField(WriteUpField field, String original, Map<FindingKind, List<String>> needles) {
    View normal = View.normalised(original);
    View compact = normal.withoutSeparatorsBetweenAlnum();
    View loose = normal.looseForNames();
    Found found = new Found(field, original);
    // known values first, in the order of FindingKind: they say more than a pattern
    needles.forEach((kind, values) -> {
      for (String needle : values) {
        int from = 0;
        int at;
        while ((at = loose.text.indexOf(needle, from)) >= 0) {
          found.add(loose, at, at + needle.length(), kind);
          from = at + 1;
        }
      }
    });
    for (Matcher m = EIGHTEEN.matcher(compact.text); m.find(); ) {
      String code = m.group().toUpperCase(Locale.ROOT);
      FindingKind kind = validIdNumber(code) ? FindingKind.ID_NUMBER
          : (validCreditCode(code) || (code.chars().anyMatch(Character::isLetter) && creditCodeShape(code)))
              ? FindingKind.CREDIT_CODE_PATTERN : null;
      if (kind != null) {
        found.add(compact, m.start(), m.end(), kind);
      }
    }
    for (Matcher m = MOBILE.matcher(compact.text); m.find(); ) {
      found.add(compact, m.start(), m.end(), FindingKind.PHONE);
    }
    for (Matcher m = LANDLINE.matcher(compact.text); m.find(); ) {
      found.add(compact, m.start(), m.end(), FindingKind.LANDLINE);
    }
    for (Matcher m = CARD.matcher(compact.text); m.find(); ) {
      if (luhn(m.group())) {
        found.add(compact, m.start(), m.end(), FindingKind.BANK_CARD);
      }
    }
    for (Matcher m = EMAIL.matcher(normal.text); m.find(); ) {
      found.add(normal, m.start(), m.end(), FindingKind.EMAIL);
    }
    for (Matcher m = URL.matcher(normal.text); m.find(); ) {
      if (hasPathOrQuery(m.group())) {
        found.add(normal, m.start(), m.end(), FindingKind.URL_WITH_ACCOUNT);
      }
    }
    for (Matcher m = INTERNAL_NO.matcher(compact.text); m.find(); ) {
      found.add(compact, m.start(), m.end(), FindingKind.DOCUMENT_NO);
    }
    return found.findings.stream().sorted(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
        .thenComparing(Finding::kind)).toList();
  }

  /** The findings of one field; a match inside a place already found is not reported again. */
  private static final class Found {
    final WriteUpField field;
    final String original;
    final List<Finding> findings = new ArrayList<>();
    final List<int[]> covered = new ArrayList<>();

    Found(WriteUpField field, String original) {
      this.field = field;
      this.original = original;
    }

    void add(View view, int start, int end, FindingKind kind) {
      int from = view.origin(start);
      int to = Math.min(original.length(), view.origin(end - 1) + Character.charCount(original.codePointAt(
          Math.min(view.origin(end - 1), original.length() - 1))));
      if (covered.stream().anyMatch(r -> r[0] <= from && to <= r[1])) {
        return;
      }
      covered.add(new int[] {from, to});
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < from; i++) {
        if (original.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      findings.add(new Finding(field, kind, line, original.codePointCount(lineStart, from) + 1,
          original.codePointCount(from, to)));
    }
  }

  /** The known values as the loose view spells them, longest first, the too short left out. */
  private static Map<FindingKind, List<String>> needles(KnownValues known) {
    Map<FindingKind, List<String>> needles = new java.util.EnumMap<>(FindingKind.class);
    known.values().forEach((kind, values) -> {
      List<String> list = values.stream().map(v -> View.normalised(v).looseForNames().text)
          .filter(v -> v.codePointCount(0, v.length()) >= MIN_KNOWN_LENGTH).distinct()
          .sorted(Comparator.comparingInt(String::length).reversed()).toList();
      if (!list.isEmpty()) {
        needles.put(kind, list);
      }
    });
    return needles;
  }

  private static boolean hasPathOrQuery(String url) {
    String rest = url.replaceFirst("(?i)^https?://", "");
    int slash = rest.indexOf('/');
    int query = rest.indexOf('?');
    return (slash >= 0 && slash < rest.length() - 1) || query >= 0;
  }

  static boolean validIdNumber(String code) {
    if (!code.substring(0, 17).chars().allMatch(Character::isDigit)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (code.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11) == code.charAt(17);
  }

  private static boolean creditCodeShape(String code) {
    return code.chars().allMatch(c -> CREDIT_CODE_CHARS.indexOf(c) >= 0)
        && code.substring(2, 8).chars().allMatch(Character::isDigit);
  }

  /** GB 32100-2015: the 18th character is the check character of the first 17. */
  static boolean validCreditCode(String code) {
    if (!creditCodeShape(code)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_CODE_CHARS.indexOf(code.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return CREDIT_CODE_CHARS.charAt(check) == code.charAt(17);
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** A transformed text with, for every character, the offset in the original it came from. */
  static final class View {
    final String text;
    private final int[] origin;

    private View(String text, int[] origin) {
      this.text = text;
      this.origin = origin;
    }

    int origin(int index) {
      return index < origin.length ? origin[index] : origin.length == 0 ? 0 : origin[origin.length - 1];
    }

    /** NFKC per character (full-width digits and letters to half-width), zero-width and soft hyphens dropped. */
    static View normalised(String original) {
      StringBuilder out = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      for (int i = 0; i < original.length(); ) {
        int cp = original.codePointAt(i);
        int width = Character.charCount(cp);
        if (!invisible(cp)) {
          String n = Normalizer.normalize(original.substring(i, i + width), Normalizer.Form.NFKC);
          for (int k = 0; k < n.length(); k++) {
            out.append(n.charAt(k));
            map.add(i);
          }
        }
        i += width;
      }
      return new View(out.toString(), map.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Separators (space, dash, dot, slash, underscore, middle dot) between two letters or digits dropped. */
    View withoutSeparatorsBetweenAlnum() {
      StringBuilder out = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (separator(c) && out.length() > 0 && asciiAlnum(out.charAt(out.length() - 1))) {
          int j = i;
          while (j < text.length() && separator(text.charAt(j))) {
            j++;
          }
          if (j < text.length() && asciiAlnum(text.charAt(j))) {
            i = j - 1;
            continue;
          }
        }
        out.append(c);
        map.add(origin[i]);
      }
      return new View(out.toString(), map.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Only letters and digits, lower case: how names and numbers are compared with the known values. */
    View looseForNames() {
      StringBuilder out = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
          String lower = new String(Character.toChars(Character.toLowerCase(cp)));
          out.append(lower);
          for (int k = 0; k < lower.length(); k++) {
            map.add(origin[i]);
          }
        }
        i += Character.charCount(cp);
      }
      return new View(out.toString(), map.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean invisible(int cp) {
      return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD
          || cp == 0x180E;
    }

    private static boolean separator(char c) {
      return c == ' ' || c == '-' || c == '.' || c == '/' || c == '_' || c == '·' || c == '\u3000' || c == '\t'
          || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }

    private static boolean asciiAlnum(char c) {
      return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
  }
}
