package cn.samr.livestream.subject;

import java.time.LocalDateTime;

/** One audited change of a register entry by an officer: who, when, which field, old and new value. */
public record SubjectChange(Long subjectId, String field, String oldValue, String newValue, String changedBy,
    LocalDateTime changedAt) {

  /** The field of the entry's creation (新增), with the creator. */
  public static final String CREATED = "created";
}
