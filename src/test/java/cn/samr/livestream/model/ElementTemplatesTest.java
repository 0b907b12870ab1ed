package cn.samr.livestream.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Modeler element templates in processes/.camunda/element-templates/ (see docs/modeler.md) name beans
 * that exist with the interface their binding needs, and every bean the models call has one. Camunda 7
 * templates cannot bind task listeners, so those are listed in docs/modeler.md instead, checked the same way.
 */
@IntegrationTest
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");
  static final Path CATALOGUE = Path.of("docs", "modeler.md");
  static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");

  @Autowired ApplicationContext context;

  /** delegateExpression -> the BPMN types its template applies to. */
  final Map<String, Set<String>> delegateTemplates = new HashMap<>();
  /** "event delegateExpression" of the execution-listener templates. */
  final Set<String> listenerTemplates = new HashSet<>();
  final List<JsonNode> templates = new ArrayList<>();

  @BeforeEach
  void readTemplates() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = json.readTree(file.toFile());
        (root.isArray() ? root : json.createArrayNode().add(root)).forEach(templates::add);
      }
    }
    for (JsonNode template : templates) {
      for (JsonNode property : template.get("properties")) {
        JsonNode binding = property.get("binding");
        String value = property.path("value").asText();
        if ("property".equals(binding.get("type").asText())
            && "camunda:delegateExpression".equals(binding.get("name").asText())) {
          template.get("appliesTo").forEach(type ->
              delegateTemplates.computeIfAbsent(value, k -> new HashSet<>()).add(type.asText()));
        } else if ("camunda:executionListener".equals(binding.get("type").asText())) {
          listenerTemplates.add(binding.get("event").asText() + " " + value);
        }
      }
    }
  }

  @Test
  void everyTemplateNamesAnExistingBeanOfTheRightType() {
    assertThat(templates).hasSizeGreaterThan(40);
    Set<String> ids = new HashSet<>();
    for (JsonNode template : templates) {
      String id = template.get("id").asText();
      assertThat(ids.add(id)).as("unique template id " + id).isTrue();
      assertThat(template.get("$schema").asText()).as(id).isEqualTo(SCHEMA);
      assertThat(template.get("name").asText()).as(id + " name").matches(".*\\p{IsHan}.*");
      assertThat(template.get("description").asText()).as(id + " description").matches(".*\\p{IsHan}.*");
      for (JsonNode property : template.get("properties")) {
        assertThat(property.get("label").asText()).as(id + " label").matches(".*\\p{IsHan}.*");
      }
    }
    delegateTemplates.forEach((expression, types) -> {
      assertThat(types).as(expression).isSubsetOf("bpmn:ServiceTask", "bpmn:SendTask");
      assertThat(bean(expression)).as(expression).isInstanceOf(JavaDelegate.class);
    });
    listenerTemplates.forEach(eventAndExpression ->
        assertThat(bean(eventAndExpression.split(" ")[1])).as(eventAndExpression).isInstanceOf(ExecutionListener.class));
  }

  @Test
  void everyBeanTheModelsCallHasATemplateOrCatalogueEntry() throws IOException {
    String catalogue = Files.readString(CATALOGUE);
    int delegates = 0;
    int taskListeners = 0;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (BaseElement task : model.getModelElementsByType(BaseElement.class)) {
          String expression = task instanceof ServiceTask service ? service.getCamundaDelegateExpression()
              : task instanceof SendTask send ? send.getCamundaDelegateExpression() : null;
          if (expression != null) {
            String type = "bpmn:" + task.getElementType().getTypeName().substring(0, 1).toUpperCase()
                + task.getElementType().getTypeName().substring(1);
            assertThat(delegateTemplates.get(expression)).as(file + " " + task.getId() + ": template for " + expression)
                .isNotNull().contains(type);
            delegates++;
          }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
          assertThat(listener.getCamundaDelegateExpression()).as(file + ": execution listeners go by bean").isNotNull();
          assertThat(listenerTemplates).as(file + ": template for execution listener")
              .contains(listener.getCamundaEvent() + " " + listener.getCamundaDelegateExpression());
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
          String expression = listener.getCamundaDelegateExpression();
          assertThat(expression).as(file + ": task listeners go by bean").isNotNull();
          assertThat(bean(expression)).as(expression).isInstanceOf(TaskListener.class);
          Matcher row = Pattern.compile("^\\| `" + Pattern.quote(expression) + "` \\| ([a-z ]+) \\|", Pattern.MULTILINE)
              .matcher(catalogue);
          assertThat(row.find()).as(CATALOGUE + " lists " + expression).isTrue();
          assertThat(row.group(1).split(" ")).as(CATALOGUE + " events of " + expression)
              .contains(listener.getCamundaEvent());
          taskListeners++;
        }
      }
    }
    assertThat(delegates).isGreaterThan(30);
    assertThat(taskListeners).isGreaterThan(40);
  }

  private Object bean(String expression) {
    Matcher m = BEAN.matcher(expression);
    assertThat(m.matches()).as(expression + " is ${beanName}").isTrue();
    assertThat(context.containsBean(m.group(1))).as("bean " + m.group(1)).isTrue();
    return context.getBean(m.group(1));
  }
}
