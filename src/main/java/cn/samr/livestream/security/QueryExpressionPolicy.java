package cn.samr.livestream.security;

import java.beans.FeatureDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ProcessEngineElContext;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ExpressionFactory;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's own defence against query expressions, behind {@link ExpressionQueryGuard} (which keeps
 * them out of both REST layers): what the engine offers is switched off where the application does not
 * need it, and the gaps the engine leaves are closed.
 *
 * <ul>
 *   <li>{@code enableExpressionsInAdhocQueries} off (the engine's default, set here so nothing turns it on).
 *       The engine checks it on the query it is given but not on that query's or-queries, which is how the
 *       expression of issue 11 ran; so every ad-hoc query (one run through the command executor: the Java
 *       API and both REST layers) that carries an expression anywhere, or-queries included, is refused with
 *       400 before anything is evaluated.</li>
 *   <li>{@code enableExpressionsInStoredQueries} stays on: the Tasklist filters the application stores
 *       (TasklistFilters: 本单位待办 {@code currentUserGroups()}, 我的待办 {@code currentUser()}, 即将到期 and
 *       已超期 {@code now()} and {@code workingDaysFromNow(n)}, 待我审批 {@code currentUserHeadGroups()}) need it.</li>
 *   <li>Every query expression (the only expressions the engine evaluates without a variable scope) is
 *       evaluated in a sandbox: it may call the registered functions and nothing else: no beans, no
 *       variables, no properties, no method of any object. A stored filter that asks for more fails.</li>
 * </ul>
 */
@Component
public class QueryExpressionPolicy extends AbstractProcessEnginePlugin {

  static final String REFUSED = "查询中不允许使用表达式 / Expressions are not allowed in ad-hoc queries";

  private final ApplicationContext applicationContext;

  public QueryExpressionPolicy(ApplicationContext applicationContext) {
    this.applicationContext = applicationContext;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableExpressionsInAdhocQueries(false);
    configuration.setEnableExpressionsInStoredQueries(true);
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new AdhocQueryInterceptor());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    if (!(configuration.getExpressionManager() instanceof SpringExpressionManager)) {
      // someone else chose the expression manager: better no start than an unsandboxed one
      throw new IllegalStateException("Unexpected expression manager " + configuration.getExpressionManager());
    }
    configuration.setExpressionManager(new SandboxedQueryExpressionManager(applicationContext, configuration.getBeans()));
  }

  /** Refuses an ad-hoc query that carries an expression, in itself or in one of its or-queries. */
  static final class AdhocQueryInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof AbstractQuery<?, ?> query && carriesExpressions(query)) {
        throw new BadUserRequestException(REFUSED);
      }
      return next.execute(command);
    }

    static boolean carriesExpressions(AbstractQuery<?, ?> query) {
      if (!query.getExpressions().isEmpty()) {
        return true;
      }
      return query instanceof TaskQueryImpl task
          && task.getQueries().stream().anyMatch(or -> !or.getExpressions().isEmpty());
    }
  }

  /** Spring's expression manager, but without a variable scope (queries) only functions can be called. */
  static final class SandboxedQueryExpressionManager extends SpringExpressionManager {

    private static final ELResolver FUNCTIONS_ONLY = new FunctionsOnlyResolver();

    SandboxedQueryExpressionManager(ApplicationContext applicationContext, java.util.Map<Object, Object> beans) {
      super(applicationContext, beans);
    }

    @Override
    public ELContext getElContext(VariableScope variableScope) {
      if (variableScope != null) {
        return super.getElContext(variableScope);
      }
      ensureInitialized();
      ProcessEngineElContext context = new ProcessEngineElContext(functionMapper, FUNCTIONS_ONLY);
      context.putContext(ExpressionFactory.class, expressionFactory);
      return context;
    }
  }

  /** Resolves nothing: every identifier, property and method call in a query expression is refused. */
  static final class FunctionsOnlyResolver extends ELResolver {

    static final String MESSAGE = "查询表达式只能调用函数 / Query expressions may only call functions: ";

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      throw new PropertyNotFoundException(MESSAGE + property);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      throw new PropertyNotFoundException(MESSAGE + property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      throw new PropertyNotFoundException(MESSAGE + property);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
      throw new MethodNotFoundException(MESSAGE + method);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return Collections.emptyIterator();
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return null;
    }
  }
}
