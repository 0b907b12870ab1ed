package cn.samr.livestream.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ at start-up under their classpath-relative names (processes/x.bpmn,
 * forms/x.form). The starter's auto-deployment names file resources by their absolute path, so another
 * checkout directory, or the packaged jar, would defeat duplicate filtering and version every model
 * anew; with stable names only what changed gets a new version.
 */
@Component
public class ModelDeployment implements SmartInitializingSingleton {

  static final String DEPLOYMENT_NAME = "livestream-supervision";
  static final List<String> FOLDERS_AND_TYPES = List.of("processes/*.bpmn", "processes/*.dmn", "forms/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;

  public ModelDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void afterSingletonsInstantiated() {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    int count = 0;
    try {
      for (String pattern : FOLDERS_AND_TYPES) {
        String folder = pattern.substring(0, pattern.indexOf('/') + 1);
        for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
          try (InputStream in = resource.getInputStream()) {
            deployment.addInputStream(folder + resource.getFilename(), in);
          }
          count++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the models to deploy", e);
    }
    Deployment deployed = deployment.deploy();
    LOG.info("{} models and forms checked against deployment {} ({})", count, deployed.getId(),
        deployed.getDeploymentTime());
  }
}
