package cn.samr.livestream.governance.credit;

import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The subject page's part 信用名单: each listing of the subject with its kind, number, the decision's document
 * number, the day of listing, where it stands and its removal.
 */
@Component
class CreditSubjectHistory implements SubjectHistorySource {

  private final CreditListingMapper listings;
  private final EnforcementRecords records;

  CreditSubjectHistory(CreditListingMapper listings, EnforcementRecords records) {
    this.listings = listings;
    this.records = records;
  }

  public record ListingEntry(String listingNo, String kind, String kindLabel, String documentNo, LocalDate listedOn,
      LocalDate publishedOn, String status, String statusLabel, LocalDate removedOn, String removalReason) {
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    List<CreditListing> found = listings.findBySubjects(List.of(subjectId));
    if (found.isEmpty()) {
      return;
    }
    Map<Long, String> documents = records.ofSubject(subjectId).stream().filter(a -> a.getDocumentNo() != null)
        .collect(Collectors.toMap(EnforcementAction::getId, EnforcementAction::getDocumentNo, (a, b) -> a));
    parts.listings(found.stream().map(l -> new ListingEntry(l.getListingNo(), l.getKind().name(), l.getKind().label(),
        l.getDecisionActionId() == null ? null : documents.get(l.getDecisionActionId()), l.getListedOn(),
        l.getPublishedOn(), l.getStatus().name(), l.getStatus().label(), l.getRemovedOn(),
        l.getRemovalReason() == null ? null : l.getRemovalReason().label())).toList());
  }

}
