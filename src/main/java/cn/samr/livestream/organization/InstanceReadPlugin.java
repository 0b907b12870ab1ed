package cn.samr.livestream.organization;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Per-instance read access for working units ({@link InstanceReadGrants}): installs
 * {@link UnitAuthorizationProvider} and turns on the historic instance permissions, so that a grant on a
 * historic process instance lets its holders read that instance's history (and a task's candidate groups
 * that task's history) without READ_HISTORY on the whole process definition.
 */
@Component
public class InstanceReadPlugin extends AbstractProcessEnginePlugin {

  private final InstanceReadGrants instanceGrants;

  public InstanceReadPlugin(InstanceReadGrants instanceGrants) {
    this.instanceGrants = instanceGrants;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableHistoricInstancePermissions(true);
    configuration.setResourceAuthorizationProvider(new UnitAuthorizationProvider(instanceGrants));
  }
}
