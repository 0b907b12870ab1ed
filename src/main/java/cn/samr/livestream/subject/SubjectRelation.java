package cn.samr.livestream.subject;

import java.time.LocalDate;

/** A relation from one party to another with its dates (valid_to null while current). */
public record SubjectRelation(Long id, Long fromSubjectId, String fromName, Long toSubjectId, String toName,
    RelationType relationType, LocalDate validFrom, LocalDate validTo) {
}
