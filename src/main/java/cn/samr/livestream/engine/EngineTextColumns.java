package cn.samr.livestream.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * On MySQL/MariaDB Camunda creates its tables in the 3-byte {@code utf8} character set (its own DDL),
 * so a text variable holding a character outside the Basic Multilingual Plane (an emoji, a rare
 * CJK Extension B character) fails the whole transaction with "Incorrect string value" — the
 * complaint summary of a consumer who typed 🔥 would be refused. The domain tables are utf8mb4 and
 * keep the text as written; the engine's copy replaces each such character with U+FFFD (�).
 */
@Component
public class EngineTextColumns extends AbstractProcessEnginePlugin {

  static final String REPLACEMENT = "\uFFFD";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    if (configuration.getCustomPreVariableSerializers() != null) {
      serializers.addAll(configuration.getCustomPreVariableSerializers());
    }
    serializers.add(new ThreeByteSafeStringSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }

  /** The text with every supplementary character (4 bytes in UTF-8) replaced by U+FFFD. */
  public static String threeByteSafe(String text) {
    if (text == null || text.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
      return text;
    }
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isSupplementaryCodePoint(cp)) {
        safe.append(REPLACEMENT);
      } else {
        safe.appendCodePoint(cp);
      }
    });
    return safe.toString();
  }

  /** Camunda's string serializer, writing 3-byte-safe text when the engine runs on MySQL/MariaDB. */
  static class ThreeByteSafeStringSerializer extends StringValueSerializer {

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      String text = value.getValue();
      if (text != null && isMySql()) {
        String safe = threeByteSafe(text);
        if (!safe.equals(text)) {
          value = Variables.stringValue(safe, value.isTransient());
        }
      }
      super.writeValue(value, fields);
    }

    private static boolean isMySql() {
      ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
      String type = configuration == null ? null : configuration.getDatabaseType();
      return "mysql".equals(type) || "mariadb".equals(type);
    }
  }
}
