package cn.samr.livestream.governance.typicalcase;

import java.time.LocalDate;

/**
 * A published typical case as the public reads it: exactly the columns of typical_case_publication a reader needs,
 * nothing that points to an internal record (no id, no case, no officer).
 */
public record PublicTypicalCase(String publicationNo, String title, String partyDesignation, String categoryLabel,
    String facts, String violation, String basis, String outcome, String significance, String unitName,
    LocalDate publishedOn) {
}
