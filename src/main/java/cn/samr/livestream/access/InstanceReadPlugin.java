package cn.samr.livestream.access;

import cn.samr.livestream.engine.ParseListeners;
import cn.samr.livestream.organization.OrganizationService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Per-instance read access for working units ({@link InstanceReadGrants}): installs
 * {@link UnitAuthorizationProvider} (grants with a unit's tasks), a built-in start listener on every process
 * (grants to the unit of whoever starts it), and turns on the historic instance permissions, so that a grant
 * on a historic process instance lets its holders read that instance's history (and a task's candidate
 * groups that task's history) without READ_HISTORY on the whole process definition.
 */
@Component
public class InstanceReadPlugin extends AbstractProcessEnginePlugin {

  private final InstanceReadGrants instanceGrants;
  private final OrganizationService organization;

  public InstanceReadPlugin(InstanceReadGrants instanceGrants, OrganizationService organization) {
    this.instanceGrants = instanceGrants;
    this.organization = organization;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableHistoricInstancePermissions(true);
    configuration.setResourceAuthorizationProvider(new UnitAuthorizationProvider(instanceGrants, organization));
    ParseListeners.append(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        // built in: not skipped when an administrator modifies an instance skipping custom listeners
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
            (ExecutionListener) instanceGrants::grantStarter);
      }
    });
  }
}
