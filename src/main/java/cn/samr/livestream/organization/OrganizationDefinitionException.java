package cn.samr.livestream.organization;

/** The organisation file is unreadable or invalid; start-up fails with this message. */
public class OrganizationDefinitionException extends RuntimeException {

  public OrganizationDefinitionException(String message) {
    super(message);
  }

  public OrganizationDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
