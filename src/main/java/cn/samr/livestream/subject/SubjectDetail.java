package cn.samr.livestream.subject;

import java.util.List;

/**
 * One register entry with everything known of it (GET /api/subjects/{id}): the names and accounts it has been
 * known by, its relations, the records merged into it, every officer's change, and its history of complaints,
 * clues and enforcement actions. {@code requestedId} is the id asked for; it differs from subject.id when that
 * id was merged into this record.
 */
public record SubjectDetail(long requestedId, SupervisedSubject subject, List<SubjectNameEntry> names,
    List<SubjectRelation> relations, List<SubjectMergeEntry> merges, List<SubjectChange> changes,
    SubjectHistory history) {
}
