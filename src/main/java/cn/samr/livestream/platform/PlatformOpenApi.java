package cn.samr.livestream.platform;

import cn.samr.livestream.shared.ApiError;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;

/**
 * The OpenAPI description of /platform-api/v1 (docs/platform-api.openapi.json is a copy, kept equal by
 * PlatformOpenApiDocumentTest): title, HTTP Basic with the client id and secret, a relative server so that the
 * description does not depend on the host it was fetched from.
 */
final class PlatformOpenApi {

  static final String SECURITY = "platformClient";

  private PlatformOpenApi() {
  }

  static void describe(OpenAPI api) {
    api.info(new Info().title("网络直播营销监管 平台协同共治接口 / Livestream supervision: platform API").version("v1")
        .description("直播电商平台报送线索、经营主体名录和自查报告，并查询所报送线索的办理状态。说明见 docs/platform-api.md。"
            + " / Live-commerce platforms submit clues, their subjects and self-inspection reports, and follow the clues "
            + "they submitted. See docs/platform-api.md."));
    api.servers(List.of(new Server().url("/").description("本系统 / this application")));
    api.components((api.getComponents() == null ? new Components() : api.getComponents())
        .addSecuritySchemes(SECURITY, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("用户名为平台客户端编号，密码为管理员登记时发给平台的密钥 / user name: the client id; password: the secret "
                + "issued when the administrators registered the platform")));
    api.security(List.of(new SecurityRequirement().addList(SECURITY)));
    if (api.getTags() != null) {
      // one order whatever order the controllers were found in: the checked-in copy stays comparable
      api.getTags().sort(java.util.Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName));
    }
    // the error answers, in the format of /api (shared.ApiError): springdoc sees only this package's advice
    ModelConverters.getInstance().readAll(ApiError.class).forEach(api.getComponents()::addSchemas);
    if (api.getPaths() != null) {
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (method == PathItem.HttpMethod.POST && responses.containsKey("200")) {
          responses.addApiResponse("201", new ApiResponse().description("新登记 / registered")
              .content(responses.get("200").getContent()));
          responses.get("200").description("重试：首次的结果 / a retry: the first answer");
        }
        error(responses, "400", "输入有误：fieldErrors 列出每个字段（含每一行）/ invalid input: fieldErrors names each field (and row)");
        error(responses, "401", "未以平台客户端登录 / not logged in as a platform client");
        error(responses, "403", "本客户端无此权限 / this client lacks the scope");
        if (path.contains("{")) {
          error(responses, "404", "本平台没有该编号 / no such number of this platform");
        }
        if (method == PathItem.HttpMethod.POST) {
          error(responses, "409", "同一编号内容不同，或同时报送 / the same number with other content, or sent concurrently");
          error(responses, "413", "请求内容过大 / body too large");
          error(responses, "415", "须为UTF-8编码的JSON / JSON in UTF-8 only");
        }
        error(responses, "429", "调用过于频繁，见 Retry-After / too many calls, see Retry-After");
        operation.setResponses(responses);
      }));
    }
  }

  private static void error(ApiResponses responses, String status, String description) {
    responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
        .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/ApiError")))));
  }
}
