package cn.samr.livestream.platform;

import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platforms registered as API clients: registered, disabled, enabled and given a new secret by administrators
 * (api.PlatformClientController), checked on every call to /platform-api (PlatformApiFilter). The secret is shown
 * once, when it is made; only its hash is kept.
 */
@Service
@Transactional
public class PlatformClients {

  private final PlatformMapper mapper;
  private final OrganizationService organization;
  private final Validator validator;
  private final Clock clock;
  /**
   * client id → the stored hash and a SHA-256 of the secret last verified against it: a platform's steady traffic
   * pays the PBKDF2 cost once per node and secret, not per call. A new secret changes the stored hash, so the old
   * one no longer matches; whether the client is enabled is read on every call.
   */
  private final Map<String, String[]> verified = new ConcurrentHashMap<>();

  public PlatformClients(PlatformMapper mapper, OrganizationService organization, Validator validator, Clock clock) {
    this.mapper = mapper;
    this.organization = organization;
    this.validator = validator;
    this.clock = clock;
  }

  /** A client with its secret in the clear, for the one answer that shows it. */
  public record Issued(PlatformClient client, String secret) {
  }

  public Issued register(PlatformClientRequest request, String actor) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(request), field -> field);
    inputs.throwIfAny();
    String district = blankToNull(request.districtCode());
    if (district != null) {
      inputs.require(organization.districtByCode(district).isPresent(), "districtCode",
          "未知的辖区代码：" + district, "unknown district code: " + district);
    }
    inputs.throwIfAny();
    String secret = SecretHasher.newSecret();
    LocalDateTime now = LocalDateTime.now(clock);
    PlatformClient client = new PlatformClient();
    client.setClientId(request.clientId());
    client.setPlatformName(request.platformName().trim());
    client.setCreditCode(blankToNull(request.creditCode()));
    client.setDistrictCode(district);
    client.setContactName(request.contactName().trim());
    client.setContactPhone(blankToNull(request.contactPhone()));
    client.setContactEmail(blankToNull(request.contactEmail()));
    client.setScopes(request.scopes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    client.setRequestsPerMinute(request.requestsPerMinute());
    client.setSecretHash(SecretHasher.hash(secret));
    client.setEnabled(true);
    client.setSecretRotatedAt(now);
    client.setCreatedBy(actor);
    client.setCreatedAt(now);
    try {
      mapper.insertClient(client);
    } catch (DuplicateKeyException e) {
      boolean sameId = mapper.findClient(client.getClientId()).isPresent();
      throw InvalidInputException.of(sameId ? "clientId" : "platformName",
          sameId ? "该客户端编号已登记" : "该平台已登记为客户端",
          sameId ? "this client id is registered already" : "this platform is registered as a client already");
    }
    return new Issued(client, secret);
  }

  public List<PlatformClient> all() {
    return mapper.findClients();
  }

  public PlatformClient get(String clientId) {
    return mapper.findClient(clientId).orElseThrow(() -> new NotFoundException("没有该平台客户端：" + clientId,
        "no such platform client: " + clientId));
  }

  public PlatformClient setEnabled(String clientId, boolean enabled) {
    get(clientId);
    mapper.updateEnabled(clientId, enabled);
    return get(clientId);
  }

  /** A new secret; the old one stops working at once. */
  public Issued rotate(String clientId) {
    get(clientId);
    String secret = SecretHasher.newSecret();
    mapper.updateSecret(clientId, SecretHasher.hash(secret), LocalDateTime.now(clock));
    verified.remove(clientId);
    return new Issued(get(clientId), secret);
  }

  /** The enabled client these credentials are the secret of; empty for anything else. */
  @Transactional(readOnly = true)
  public Optional<PlatformClient> authenticate(String clientId, String secret) {
    if (clientId == null || secret == null || clientId.length() > 32 || secret.length() > 200) {
      return Optional.empty();
    }
    Optional<PlatformClient> client = mapper.findClient(clientId).filter(PlatformClient::isEnabled);
    if (client.isEmpty()) {
      return Optional.empty();
    }
    String stored = client.get().getSecretHash();
    String fingerprint = SecretHasher.sha256(clientId + ":" + secret);
    String[] last = verified.get(clientId);
    if (last != null && last[0].equals(stored) && last[1].equals(fingerprint)) {
      return client;
    }
    if (!SecretHasher.matches(secret, stored)) {
      return Optional.empty();
    }
    verified.put(clientId, new String[] {stored, fingerprint});
    return client;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
