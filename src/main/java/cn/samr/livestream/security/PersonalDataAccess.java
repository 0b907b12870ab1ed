package cn.samr.livestream.security;

import java.time.LocalDateTime;

/**
 * One unmasked read of personal data (table personal_data_access): who saw which record's complainant
 * contact data or real-name reporter identity, when, and where.
 */
public record PersonalDataAccess(Long id, String userId, RecordKind recordKind, String recordNo, Shown shown,
    Channel channel, LocalDateTime accessedAt) {

  /** The record whose personal data was shown. */
  public enum RecordKind {
    COMPLAINT,
    CLUE
  }

  /** Whose personal data was shown. */
  public enum Shown {
    /** 投诉人 name and phone. */
    COMPLAINANT,
    /** 实名举报人 name, phone, ID number and address. */
    REPORTER
  }

  /** Where it was shown. */
  public enum Channel {
    /** /api (GET /api/complaints/{no}, GET /api/clues/{no}). */
    API,
    /** A task form that shows personal data to its officer (none does yet). */
    TASK
  }
}
