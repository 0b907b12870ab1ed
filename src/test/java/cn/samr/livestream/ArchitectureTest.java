package cn.samr.livestream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering of docs/architecture.md, checked on every build so the next change cannot undo it:
 * features (complaint, enforcement, coordination, monitoring, report, subject, platform, governance) sit on shared plumbing
 * (audit, access, engine, organization, security, calendar, shared, operations, notification, tasks), never the other way round; a feature
 * reaches another only through that feature's service, never its mappers; delegates call services.
 */
@AnalyzeClasses(packages = "cn.samr.livestream", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "cn.samr.livestream.";
  static final List<String> FEATURES = List.of("complaint", "enforcement", "coordination", "monitoring", "report",
      "subject", "platform", "governance");
  static final String[] PLUMBING = {ROOT + "audit..", ROOT + "access..", ROOT + "engine..",
      ROOT + "organization..", ROOT + "security..", ROOT + "calendar..", ROOT + "shared..", ROOT + "operations..",
      ROOT + "notification..", ROOT + "tasks.."};

  @ArchTest
  static final ArchRule plumbingImportsNoFeature = noClasses().that().resideInAnyPackage(PLUMBING)
      .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> ROOT + f + "..")
          .toArray(String[]::new))
      .because("shared plumbing serves every feature and knows none");

  /**
   * Notifications are plumbing every feature may call; the rest of the plumbing does not depend on them, but for the
   * hand-offs (tasks), which tell the user a task was handed to.
   */
  @ArchTest
  static final ArchRule onlyFeaturesUseNotifications = noClasses().that().resideInAnyPackage(ROOT + "audit..",
      ROOT + "access..", ROOT + "engine..", ROOT + "organization..", ROOT + "security..", ROOT + "calendar..",
      ROOT + "shared..", ROOT + "operations..")
      .should().dependOnClassesThat().resideInAPackage(ROOT + "notification..")
      .because("features notify through notification.Notifications; the plumbing under it knows it not");

  @ArchTest
  static final ArchRule noFeatureReadsAnotherFeaturesMappers = noClasses()
      .should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>("use another feature's mapper") {
        @Override
        public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
          String own = feature(item);
          item.getDirectDependenciesFromSelf().stream()
              .map(com.tngtech.archunit.core.domain.Dependency::getTargetClass)
              .filter(target -> target.getSimpleName().endsWith("Mapper"))
              .filter(target -> feature(target) != null && !feature(target).equals(own))
              .forEach(target -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
                  item.getName() + " uses " + target.getName())));
        }
      })
      .because("a feature reaches another only through that feature's service");

  @ArchTest
  static final ArchRule delegatesCallServicesNotMappers = noClasses().that().resideInAPackage("..delegate..")
      .should().dependOnClassesThat(simpleNameEndingWith("Mapper"))
      .because("a delegate reads its inputs, calls one service method and writes its outputs");

  @ArchTest
  static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching(ROOT + "(*)..")
      .should().beFreeOfCycles();

  static String feature(JavaClass type) {
    String name = type.getPackageName();
    return FEATURES.stream().filter(f -> name.equals(ROOT + f) || name.startsWith(ROOT + f + "."))
        .findFirst().orElse(null);
  }

  static DescribedPredicate<JavaClass> simpleNameEndingWith(String suffix) {
    return DescribedPredicate.describe("named …" + suffix, type -> type.getSimpleName().endsWith(suffix));
  }
}
