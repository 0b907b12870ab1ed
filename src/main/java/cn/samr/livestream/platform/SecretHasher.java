package cn.samr.livestream.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Client secrets: generated here (256 random bits), stored only as a salted PBKDF2-HMAC-SHA256 hash,
 * {@code pbkdf2-sha256$iterations$salt$hash}. Spring Security's crypto module is not on the classpath, the JDK's
 * PBKDF2 is; the iteration count follows OWASP's 2023 advice for this function. A check costs a few tens of
 * milliseconds: {@link PlatformClients} remembers the last verified secret per client, so a platform's steady
 * traffic does not pay it on every call.
 */
final class SecretHasher {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String PREFIX = "pbkdf2-sha256";
  static final int ITERATIONS = 600_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretHasher() {
  }

  /** A new secret: 43 URL-safe characters. */
  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return PREFIX + "$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(secret, salt, ITERATIONS));
  }

  static boolean matches(String secret, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (secret == null || parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(secret, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** SHA-256 of a text, hex: the fingerprint of what a request sent, to recognise a retry. */
  /**
   * The hash of a request as sent (its JSON as Jackson writes the parsed record): a retry of the same request has the
   * same hash, other content another.
   */
  static String contentHash(com.fasterxml.jackson.databind.ObjectMapper json, Object request) {
    try {
      return sha256(json.writeValueAsString(request));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] derive(String secret, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } finally {
      spec.clearPassword();
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().withoutPadding().encodeToString(bytes);
  }
}
