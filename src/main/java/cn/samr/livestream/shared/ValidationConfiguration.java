package cn.samr.livestream.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation as the requests use it (docs/api.md, 输入校验). {@link NotBlank} counts every Unicode
 * space as blank: Hibernate Validator's own check trims only ASCII, so a name of ideographic spaces
 * (全角空格, U+3000, typed with a Chinese input method) or of zero-width characters would pass.
 */
@Configuration(proxyBeanMethods = false)
public class ValidationConfiguration {

  @Bean
  ValidationConfigurationCustomizer unicodeNotBlank() {
    return configuration -> {
      if (configuration instanceof HibernateValidatorConfiguration hibernate) {
        ConstraintMapping mapping = hibernate.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
            .validatedBy(UnicodeNotBlank.class);
        hibernate.addMapping(mapping);
      }
    };
  }

  /** Not null and at least one character that is neither a space (Unicode Z, whitespace) nor invisible (Cf). */
  public static class UnicodeNotBlank implements ConstraintValidator<NotBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value != null && !isBlank(value);
    }
  }

  /** True if the text has nothing but spaces of any kind, line breaks and invisible format characters. */
  public static boolean isBlank(CharSequence text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT);
  }
}
