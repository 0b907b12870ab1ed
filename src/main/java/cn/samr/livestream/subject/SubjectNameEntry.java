package cn.samr.livestream.subject;

import java.time.LocalDateTime;

/**
 * A name and identity a subject has been known by: REGISTERED (first entry), INTAKE (another name seen at
 * intake), MERGE (a merged record's), CORRECTION (before an officer's correction), IMPORT.
 */
public record SubjectNameEntry(String name, String creditCode, String platformName, String accountId, String source,
    LocalDateTime recordedAt) {

  public static final String REGISTERED = "REGISTERED";
  public static final String INTAKE = "INTAKE";
  public static final String CORRECTION = "CORRECTION";
  public static final String IMPORT = "IMPORT";
}
