package cn.samr.livestream.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mapper XML files mirror the Java packages (as in the mybatis spring-boot xml sample): the statements of
 * {@code cn.samr.livestream.enforcement.clue.ClueMapper} live in {@code mapper/enforcement/clue/ClueMapper.xml},
 * so a reader finds them from the interface and a moved interface cannot leave its XML behind.
 */
class MapperLayoutTest {

  static final Path MAPPERS = Path.of("src/main/resources/mapper");
  static final String ROOT = "cn.samr.livestream.";
  static final Pattern NAMESPACE = Pattern.compile("<mapper\\s+namespace=\"([^\"]+)\"");

  @Test
  void everyMapperXmlSitsAtItsInterfacesPackagePath() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(MAPPERS)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      Matcher namespace = NAMESPACE.matcher(Files.readString(file));
      assertThat(namespace.find()).as("%s has a mapper namespace", file).isTrue();
      String type = namespace.group(1);
      assertThat(type).startsWith(ROOT);
      String expected = type.substring(ROOT.length()).replace('.', '/') + ".xml";
      assertThat(MAPPERS.relativize(file).toString().replace('\\', '/')).as("the XML of %s", type).isEqualTo(expected);
      assertThat(Path.of("src/main/java", type.replace('.', '/') + ".java")).as("the interface of %s", file).exists();
    }
  }
}
