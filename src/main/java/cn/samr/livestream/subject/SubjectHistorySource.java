package cn.samr.livestream.subject;

/**
 * A feature's part of a subject's history (GET /api/subjects/{id}/history). Complaint and clue
 * verification implement it over their own records, so that this package reads none of their tables
 * and imports none of their classes: the dependency runs from the features to subject, never back.
 */
public interface SubjectHistorySource {

  /** Adds this feature's records about the subject (oldest first) to the parts; no personal data. */
  void addTo(SubjectHistory.Parts parts, long subjectId);
}
