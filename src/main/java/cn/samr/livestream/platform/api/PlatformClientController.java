package cn.samr.livestream.platform.api;

import cn.samr.livestream.platform.PlatformClient;
import cn.samr.livestream.platform.PlatformClientRequest;
import cn.samr.livestream.platform.PlatformClients;
import cn.samr.livestream.platform.PlatformClients.Issued;
import cn.samr.livestream.security.CurrentUser;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators (camunda-admin) register platforms as API clients of /platform-api: POST /api/platform-clients
 * answers the secret once; GET lists the clients (never a secret or its hash); PUT …/{clientId}/enabled disables or
 * enables; POST …/{clientId}/secret issues a new secret and ends the old one.
 */
@RestController
@RequestMapping("/api/platform-clients")
public class PlatformClientController {

  private final PlatformClients clients;
  private final CurrentUser currentUser;

  public PlatformClientController(PlatformClients clients, CurrentUser currentUser) {
    this.clients = clients;
    this.currentUser = currentUser;
  }

  /** A client as administrators see it. */
  public record ClientView(String clientId, String platformName, String creditCode, String districtCode,
      String contactName, String contactPhone, String contactEmail, List<String> scopes, Integer requestsPerMinute,
      boolean enabled, LocalDateTime secretRotatedAt, String createdBy, LocalDateTime createdAt) {

    static ClientView of(PlatformClient c) {
      return new ClientView(c.getClientId(), c.getPlatformName(), c.getCreditCode(), c.getDistrictCode(),
          c.getContactName(), c.getContactPhone(), c.getContactEmail(), Arrays.asList(c.getScopes().split(",")),
          c.getRequestsPerMinute(), c.isEnabled(), c.getSecretRotatedAt(), c.getCreatedBy(), c.getCreatedAt());
    }
  }

  /** The one answer that shows the secret. */
  public record IssuedView(ClientView client, String secret, String notice) {

    static IssuedView of(Issued issued) {
      return new IssuedView(ClientView.of(issued.client()), issued.secret(),
          "密钥只显示这一次，系统只保存其摘要；请立即通过安全渠道交给平台 / the secret is shown this once and only its hash is "
              + "kept: hand it to the platform over a secure channel now");
    }
  }

  public record Enabled(Boolean enabled) {
  }

  @PostMapping
  public ResponseEntity<IssuedView> register(@RequestBody PlatformClientRequest request) {
    String admin = administrator();
    Issued issued = clients.register(request, admin);
    return ResponseEntity.created(URI.create("/api/platform-clients/" + issued.client().getClientId()))
        .body(IssuedView.of(issued));
  }

  @GetMapping
  public List<ClientView> list() {
    administrator();
    return clients.all().stream().map(ClientView::of).toList();
  }

  @GetMapping("/{clientId}")
  public ClientView show(@PathVariable String clientId) {
    administrator();
    return ClientView.of(clients.get(clientId));
  }

  @PutMapping("/{clientId}/enabled")
  public ClientView enable(@PathVariable String clientId, @RequestBody Enabled body) {
    administrator();
    if (body == null || body.enabled() == null) {
      throw cn.samr.livestream.shared.InvalidInputException.of("enabled", "必填", "required");
    }
    return ClientView.of(clients.setEnabled(clientId, body.enabled()));
  }

  @PostMapping("/{clientId}/secret")
  public IssuedView rotate(@PathVariable String clientId) {
    administrator();
    return IssuedView.of(clients.rotate(clientId));
  }

  /** Fails closed: only administrators manage who may call the platforms' interface. */
  private String administrator() {
    if (!currentUser.isMemberOf(Groups.CAMUNDA_ADMIN)) {
      throw new AuthorizationException(currentUser.userId(), "ADMINISTER", "PlatformClient", "*");
    }
    return currentUser.userId();
  }
}
