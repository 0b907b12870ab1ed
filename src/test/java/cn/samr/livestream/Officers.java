package cn.samr.livestream;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The officers of a test class: a {@link TestUsers} parameter (e.g. of the @BeforeAll method that creates them)
 * on the application's engine, one per test class, whose users are deleted when the class ends — the set-up and
 * tear-down the integration tests used to repeat.
 * <pre>
 * &#64;BeforeAll
 * void createUsers(TestUsers users) {
 *   baoshan = users.create("x-baoshan-officer", "district-310113");
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Officers.Extension.class)
public @interface Officers {

  /** Resolves TestUsers from the Spring test context; closes (removes the users) after the class. */
  final class Extension implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(Officers.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestUsers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
      return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Created.class, type -> new Created(new TestUsers(
          SpringExtension.getApplicationContext(classContext).getBean(IdentityService.class))), Created.class).users();
    }

    private record Created(TestUsers users) implements CloseableResource {

      @Override
      public void close() {
        users.removeAll();
      }
    }
  }
}
