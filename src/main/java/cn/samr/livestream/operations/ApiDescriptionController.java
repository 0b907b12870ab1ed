package cn.samr.livestream.operations;

import cn.samr.livestream.shared.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/openapi.json: the OpenAPI description of the officers' REST API /api, for logged-in users only (it sits
 * under /api, behind the same HTTP Basic login; anonymous 401).
 *
 * <p>Why not a springdoc group: springdoc serves every group under its one public path (/platform-api/v3/api-docs/…,
 * the platforms' public description) and lists it in the public Swagger UI. This description is built by a springdoc
 * resource of its own, with its own settings (paths /api/**), that no public address reaches; springdoc's default
 * /v3/api-docs and /swagger-ui stay off.
 */
@Hidden
@RestController
public class ApiDescriptionController {

  public static final String PATH = "/api/openapi.json";
  static final String SECURITY = "camundaUser";

  private final ObjectFactory<OpenAPIService> openApiService;
  private final AbstractRequestService requestService;
  private final GenericResponseService responseService;
  private final OperationService operationService;
  private final SpringDocProviders providers;
  private volatile OpenApiWebMvcResource resource;

  public ApiDescriptionController(ObjectFactory<OpenAPIService> openApiService, AbstractRequestService requestService,
      GenericResponseService responseService, OperationService operationService, SpringDocProviders providers) {
    this.openApiService = openApiService;
    this.requestService = requestService;
    this.responseService = responseService;
    this.operationService = operationService;
    this.providers = providers;
  }

  @GetMapping(value = PATH, produces = "application/json")
  public ResponseEntity<byte[]> description(HttpServletRequest request) throws JsonProcessingException {
    return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(resource().openapiJson(request, PATH, request.getLocale()));
  }

  private OpenApiWebMvcResource resource() {
    OpenApiWebMvcResource built = resource;
    if (built == null) {
      synchronized (this) {
        if (resource == null) {
          SpringDocConfigProperties settings = new SpringDocConfigProperties();
          settings.setPathsToMatch(List.of("/api/**"));
          settings.setWriterWithOrderByKeys(true);
          settings.setDefaultProducesMediaType("application/json");
          SpringDocCustomizers customizers = new SpringDocCustomizers(
              Optional.of(Set.<OpenApiCustomizer>of(ApiDescriptionController::describe)), Optional.empty(),
              Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
          resource = new OpenApiWebMvcResource(openApiService, requestService, responseService, operationService,
              settings, providers, customizers);
        }
        built = resource;
      }
    }
    return built;
  }

  /** Title, HTTP Basic with a Camunda user, a relative server, and the error answers of /api (shared.ApiError). */
  static void describe(OpenAPI api) {
    api.info(new Info().title("网络直播营销监管 业务接口 / Livestream supervision: REST API /api").version("v1")
        .description("各级市场监管局工作人员使用的业务接口（投诉、线索、上报、抽查、统计、名录库、日历等），以 Camunda 用户登录"
            + "（HTTP Basic），按本人权限作答。字段规则见 docs/api.md。 / The officers' API, HTTP Basic with a Camunda user, "
            + "answered within the caller's rights. Field rules: docs/api.md."));
    api.servers(List.of(new Server().url("/").description("本系统 / this application")));
    Components components = api.getComponents() == null ? new Components() : api.getComponents();
    components.addSecuritySchemes(SECURITY, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
        .description("Camunda 用户名与密码（与 Tasklist 相同）/ the Camunda user and password (as for Tasklist)"));
    ModelConverters.getInstance().readAll(ApiError.class).forEach(components::addSchemas);
    api.components(components);
    api.security(List.of(new SecurityRequirement().addList(SECURITY)));
    if (api.getPaths() != null) {
      api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        error(responses, "401", "未登录 / not logged in");
        error(responses, "403", "无权进行此操作 / not allowed");
        operation.setResponses(responses);
      }));
    }
  }

  private static void error(ApiResponses responses, String status, String description) {
    if (!responses.containsKey(status)) {
      responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
          .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/ApiError")))));
    }
  }
}
