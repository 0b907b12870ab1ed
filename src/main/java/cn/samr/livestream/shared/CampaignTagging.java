package cn.samr.livestream.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * Tagging a record with special campaigns (专项整治, docs/governance.md §4.2) at its intake: clue registration and
 * spot-check entry call this interface, implemented by the campaign feature (governance.campaign.CampaignTags), so
 * that the intake features import nothing of it (the inversion of subject.SubjectHistorySource).
 */
public interface CampaignTagging {

  /** The kinds of record a campaign counts. */
  enum RecordKind {
    SPOT_CHECK, CLUE, CASE, INTERVIEW, LISTING, TRANSFER
  }

  /**
   * Checks the codes before anything is stored: each campaign exists, is under way (ACTIVE), the day lies in its
   * period and the unit takes part in it.
   *
   * @param field the request's field the codes came in, named by the 400 answer
   * @throws InvalidInputException naming the field, in Chinese and English, otherwise
   */
  void validate(String field, List<String> codes, RecordKind kind, String unit, LocalDate day);

  /**
   * Tags the stored record with the campaigns (validated before, in the same transaction); its number (clue number,
   * spot check id) goes to the campaign's timeline.
   */
  void tagAtIntake(List<String> codes, RecordKind kind, long recordId, String number, String unit, String actor);
}
