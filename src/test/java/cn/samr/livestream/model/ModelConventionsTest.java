package cn.samr.livestream.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What every model in processes/ and forms/ must satisfy: records kept 3 years, forms and beans that
 * exist, readable ids and Chinese names.
 */
@IntegrationTest
class ModelConventionsTest {

  /** 3 calendar years at their longest (with a leap day): see audit/RetentionTest. */
  static final int MIN_HISTORY_DAYS = 1096;
  static final int MAX_FORM_SCHEMA = 16;
  static final Pattern EXPRESSION_BEAN = Pattern.compile("\\$\\{(\\w+)");
  static final Pattern GENERATED_ID = Pattern.compile("^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task)_[0-9a-z]{7}$");

  @Autowired ApplicationContext context;
  @Autowired RepositoryService repositoryService;

  @Test
  void modelsAreDeployedUnderStableClasspathNames() throws IOException {
    List<String> names = repositoryService.createDeploymentQuery().deploymentName("livestream-supervision").list().stream()
        .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream()).toList();
    assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).matches("(processes|forms)/[\\w-]+\\.(bpmn|dmn|form)"));
    for (Path file : files("processes", ".bpmn")) {
      assertThat(names).contains("processes/" + file.getFileName());
    }
    for (Path file : files("forms", ".form")) {
      assertThat(names).contains("forms/" + file.getFileName());
    }
  }

  @Test
  void everyProcessKeepsItsHistoryForThreeYears() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      for (Process process : bpmn(file).getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotNull();
        assertThat(Integer.parseInt(process.getCamundaHistoryTimeToLiveString())).as(file.toString())
            .isGreaterThanOrEqualTo(MIN_HISTORY_DAYS);
        assertThat(process.getName()).as(file + " process name").isNotBlank();
      }
    }
    for (Path file : files("processes", ".dmn")) {
      for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
        assertThat(Integer.parseInt(decision.getCamundaHistoryTimeToLiveString())).as(file.toString())
            .isGreaterThanOrEqualTo(MIN_HISTORY_DAYS);
      }
    }
  }

  @Test
  void everyFormReferenceHasItsForm() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> formIds = new java.util.HashSet<>();
    for (Path form : files("forms", ".form")) {
      var schema = json.readTree(form.toFile());
      String id = schema.get("id").asText();
      // Tasklist 7.24 bundles form-js 1.8.7: it renders schema versions up to 16
      assertThat(schema.get("schemaVersion").asInt()).as(form + " schemaVersion").isLessThanOrEqualTo(MAX_FORM_SCHEMA);
      assertThat(form.getFileName().toString()).isEqualTo(id + ".form");
      formIds.add(id);
    }
    List<String> refs = new ArrayList<>();
    for (Path file : files("processes", ".bpmn")) {
      Matcher m = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(Files.readString(file));
      while (m.find()) {
        refs.add(m.group(1));
      }
    }
    assertThat(refs).isNotEmpty();
    assertThat(formIds).containsAll(refs);
  }

  @Test
  void everyDelegateExpressionNamesABean() throws IOException {
    List<String> beans = new ArrayList<>();
    for (Path file : files("processes", ".bpmn")) {
      Matcher m = Pattern.compile("(?:delegateExpression|camunda:collection|camunda:dueDate)=\"([^\"]+)\"")
          .matcher(Files.readString(file));
      while (m.find()) {
        Matcher bean = EXPRESSION_BEAN.matcher(m.group(1));
        if (bean.find() && Character.isLowerCase(bean.group(1).charAt(0)) && !isVariable(bean.group(1))) {
          beans.add(bean.group(1));
        }
      }
    }
    assertThat(beans).contains("prepareRoutingDelegate", "workCalendar", "remedyService");
    assertThat(beans).allSatisfy(name -> assertThat(context.containsBean(name)).as("bean " + name).isTrue());
  }

  @Test
  void elementsHaveMeaningfulIdsAndChineseNames() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model = bpmn(file);
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        if (element.getId() != null) {
          assertThat(GENERATED_ID.matcher(element.getId()).matches()).as(file + ": generated id " + element.getId())
              .isFalse();
        }
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        boolean joinGateway = node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
        if (!joinGateway) {
          assertThat(node.getName()).as(file + ": name of " + node.getId()).isNotBlank()
              .matches(".*\\p{IsHan}.*");
        }
      }
    }
  }

  private static boolean isVariable(String name) {
    return Set.of("handlingUnit", "handlingUnitHead").contains(name);
  }

  private static BpmnModelInstance bpmn(Path file) {
    return Bpmn.readModelFromFile(file.toFile());
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    }
  }
}
