package cn.samr.livestream.shared;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed or pasted: no control characters (U+0000–U+001F, U+007F–U+009F) and no unpaired
 * surrogate halves. No keyboard or form produces them; they break exports, task lists and MySQL's
 * utf8mb4, and a line break in a one-line field (a name, a number) corrupts lists kept one per line.
 * Multi-line text (descriptions, facts) may hold line breaks and tabs. A one-line field also refuses the
 * bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069): invisible, they make a name or
 * number read differently from what is stored (a number shown reversed, "Trojan Source"). null is valid:
 * pair it with NotBlank for a required field.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

  /** The message; the default one names line breaks too for a one-line field. */
  String message() default MULTI_LINE_MESSAGE;

  String MULTI_LINE_MESSAGE = "不能含控制字符 / must not contain control characters";
  String ONE_LINE_MESSAGE = "不能含换行符、控制字符或文字方向控制符 / "
      + "must not contain line breaks, control characters or text direction controls";

  /** Line breaks (CR, LF) and tabs allowed. */
  boolean multiline() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link PlainText}. */
  class Validator implements jakarta.validation.ConstraintValidator<PlainText, CharSequence> {

    private boolean multiline;
    private boolean defaultMessage;

    @Override
    public void initialize(PlainText annotation) {
      multiline = annotation.multiline();
      defaultMessage = annotation.message().equals(MULTI_LINE_MESSAGE);
    }

    @Override
    public boolean isValid(CharSequence value, jakarta.validation.ConstraintValidatorContext context) {
      if (value == null || isPlain(value, multiline)) {
        return true;
      }
      if (defaultMessage && !multiline) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(ONE_LINE_MESSAGE).addConstraintViolation();
      }
      return false;
    }

    /**
     * True if the text holds no control character (but line breaks and tabs when multi-line), no lone
     * surrogate and, when one-line, no bidirectional control.
     */
    public static boolean isPlain(CharSequence text, boolean multiline) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return false;
        } else if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
          return false;
        } else if (!multiline && isBidiControl(c)) {
          return false;
        }
      }
      return true;
    }

    /** The invisible marks that change the direction text is shown in: ALM, LRM/RLM, embeddings, overrides, isolates. */
    public static boolean isBidiControl(char c) {
      return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069');
    }
  }
}
