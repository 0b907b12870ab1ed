package cn.samr.livestream.organization;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads and validates the organisation file. Every problem is reported with the unit it concerns,
 * e.g. {@code unit #3 (district-310113): kind 'DISTRIK' is unknown}.
 */
public final class OrganizationDefinitionReader {

  static final Set<String> FIELDS = Set.of(
      "code", "name", "kind", "districtCode", "headGroup", "active", "order", "spotCheckQuota");

  private static final int MAX_ID_LENGTH = 64;
  private static final int MAX_NAME_LENGTH = 100;
  private static final int MAX_DISTRICT_CODE_LENGTH = 16;

  private OrganizationDefinitionReader() {
  }

  public static List<UnitDefinition> read(Resource resource) {
    Object root;
    try (InputStream in = resource.getInputStream()) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(new SafeConstructor(options)).load(in);
    } catch (IOException e) {
      throw new OrganizationDefinitionException("Organisation file " + resource.getDescription()
          + " cannot be read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new OrganizationDefinitionException("Organisation file " + resource.getDescription()
          + " is not valid YAML: " + e.getMessage(), e);
    }
    try {
      return parse(root);
    } catch (OrganizationDefinitionException e) {
      throw new OrganizationDefinitionException(
          "Organisation file " + resource.getDescription() + ": " + e.getMessage(), e);
    }
  }

  static List<UnitDefinition> parse(Object root) {
    if (!(root instanceof Map<?, ?> top) || !(top.get("units") instanceof List<?> entries)) {
      throw new OrganizationDefinitionException("expected a top-level list 'units'");
    }
    if (entries.isEmpty()) {
      throw new OrganizationDefinitionException("the list 'units' is empty");
    }
    List<UnitDefinition> units = new ArrayList<>();
    Map<String, String> unitByGroupId = new HashMap<>();
    Map<String, String> unitByDistrictCode = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String label = "unit #" + (i + 1);
      if (!(entries.get(i) instanceof Map<?, ?> fields)) {
        throw new OrganizationDefinitionException(label + " is not a mapping of fields");
      }
      String code = text(fields, "code");
      if (code != null) {
        label += " (" + code + ")";
      }
      UnitDefinition unit = unit(label, fields);
      if (unitByGroupId.containsKey(unit.code())) {
        throw new OrganizationDefinitionException(label + ": duplicate code '" + unit.code()
            + "' (already used by " + unitByGroupId.get(unit.code()) + ")");
      }
      unitByGroupId.put(unit.code(), "unit " + unit.code());
      if (unit.headGroup() != null) {
        if (unitByGroupId.containsKey(unit.headGroup())) {
          throw new OrganizationDefinitionException(label + ": headGroup '" + unit.headGroup()
              + "' is already used by " + unitByGroupId.get(unit.headGroup()));
        }
        unitByGroupId.put(unit.headGroup(), "the heads' group of unit " + unit.code());
      }
      if (unit.districtCode() != null) {
        String other = unitByDistrictCode.putIfAbsent(unit.districtCode(), unit.code());
        if (other != null) {
          throw new OrganizationDefinitionException(label + ": districtCode '" + unit.districtCode()
              + "' is already used by unit " + other);
        }
      }
      units.add(unit);
    }
    return List.copyOf(units);
  }

  private static UnitDefinition unit(String label, Map<?, ?> fields) {
    Set<String> unknown = new HashSet<>();
    fields.keySet().forEach(key -> {
      if (!FIELDS.contains(String.valueOf(key))) {
        unknown.add(String.valueOf(key));
      }
    });
    if (!unknown.isEmpty()) {
      throw new OrganizationDefinitionException(label + ": unknown field(s) " + unknown
          + "; allowed are " + FIELDS.stream().sorted().collect(Collectors.joining(", ")));
    }
    String code = required(label, fields, "code", MAX_ID_LENGTH);
    checkGroupId(label, "code", code);
    String name = required(label, fields, "name", MAX_NAME_LENGTH);
    String kindText = required(label, fields, "kind", 32);
    UnitKind kind;
    try {
      kind = UnitKind.valueOf(kindText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new OrganizationDefinitionException(label + ": kind '" + kindText + "' is unknown; allowed are "
          + Arrays.toString(UnitKind.values()));
    }
    String districtCode = optional(label, fields, "districtCode", MAX_DISTRICT_CODE_LENGTH);
    if (kind == UnitKind.DISTRICT && districtCode == null) {
      throw new OrganizationDefinitionException(label + ": a DISTRICT needs a districtCode");
    }
    if (kind != UnitKind.DISTRICT && districtCode != null) {
      throw new OrganizationDefinitionException(label + ": only a DISTRICT has a districtCode");
    }
    String headGroup = optional(label, fields, "headGroup", MAX_ID_LENGTH);
    if (headGroup != null) {
      checkGroupId(label, "headGroup", headGroup);
      // the heads' Tasklist filter 待我审批 recognises their groups by it (engine.TasklistFunctions)
      if (!OrgUnit.isHeadGroup(headGroup)) {
        throw new OrganizationDefinitionException(label + ": headGroup '" + headGroup + "' must end with '"
            + OrgUnit.HEAD_GROUP_SUFFIX + "'");
      }
    }
    if (code.equals(headGroup)) {
      throw new OrganizationDefinitionException(label + ": headGroup must differ from the code");
    }
    boolean active = bool(label, fields, "active", true);
    int order = integer(label, fields, "order", 0);
    Integer quota = fields.get("spotCheckQuota") == null ? null : integer(label, fields, "spotCheckQuota", 0);
    if (quota != null && quota < 0) {
      throw new OrganizationDefinitionException(label + ": spotCheckQuota must not be negative");
    }
    return new UnitDefinition(code, name, kind, districtCode, headGroup, active, order, quota);
  }

  /** Same as the engine's generalResourceWhitelistPattern in application.yaml. */
  static final String GROUP_ID_PATTERN = "[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*";

  private static void checkGroupId(String label, String field, String id) {
    if (!id.matches(GROUP_ID_PATTERN)) {
      throw new OrganizationDefinitionException(label + ": " + field + " '" + id
          + "' is not a valid group id (letters and digits, separated by single '-', '_' or '.')");
    }
  }

  private static String text(Map<?, ?> fields, String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    String text = String.valueOf(value).strip();
    return text.isEmpty() ? null : text;
  }

  private static String required(String label, Map<?, ?> fields, String field, int maxLength) {
    String value = optional(label, fields, field, maxLength);
    if (value == null) {
      throw new OrganizationDefinitionException(label + ": '" + field + "' is missing");
    }
    return value;
  }

  private static String optional(String label, Map<?, ?> fields, String field, int maxLength) {
    Object raw = fields.get(field);
    if (raw instanceof Map<?, ?> || raw instanceof List<?>) {
      throw new OrganizationDefinitionException(label + ": '" + field + "' must be a single value");
    }
    String value = text(fields, field);
    if (value != null && value.length() > maxLength) {
      throw new OrganizationDefinitionException(label + ": '" + field + "' is longer than "
          + maxLength + " characters");
    }
    return value;
  }

  private static boolean bool(String label, Map<?, ?> fields, String field, boolean defaultValue) {
    Object value = fields.get(field);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw new OrganizationDefinitionException(label + ": '" + field + "' must be true or false, not '"
        + value + "'");
  }

  private static int integer(String label, Map<?, ?> fields, String field, int defaultValue) {
    Object value = fields.get(field);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Integer n) {
      return n;
    }
    throw new OrganizationDefinitionException(label + ": '" + field + "' must be a whole number, not '"
        + value + "'");
  }
}
