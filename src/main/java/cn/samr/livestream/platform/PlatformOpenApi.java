package cn.samr.livestream.platform;

import io.swagger.v3.oas.models.Components;
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
  }
}
