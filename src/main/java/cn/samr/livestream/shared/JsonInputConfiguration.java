package cn.samr.livestream.shared;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read strictly (docs/api.md, 输入校验): each value must have its field's JSON type.
 * application.yaml (spring.jackson) refuses unknown members, numbers for enums, text for numbers, booleans
 * and dates, fractions for whole numbers, lenient dates, repeated members and content after the body;
 * Jackson has no property for the last case, kept here: a number or true/false where text is expected.
 */
@Configuration(proxyBeanMethods = false)
public class JsonInputConfiguration {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noScalarsAsText() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
