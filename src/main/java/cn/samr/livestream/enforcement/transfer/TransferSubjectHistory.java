package cn.samr.livestream.enforcement.transfer;

import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * The transfers to the police about a subject (涉嫌犯罪移送), for its history: number, clue, unit and where each
 * stands; never the report's facts or the officers who made it.
 */
@Component
class TransferSubjectHistory implements SubjectHistorySource {

  private final CriminalTransferMapper transfers;

  TransferSubjectHistory(CriminalTransferMapper transfers) {
    this.transfers = transfers;
  }

  public record TransferEntry(String transferNo, String clueNo, String unit, LocalDateTime reportedAt, String status,
      String statusLabel) {
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    parts.transfers(transfers.findBySubject(subjectId).stream()
        .map(t -> new TransferEntry(t.getTransferNo(), t.getClueNo(), t.getUnit(), t.getReportedAt(),
            t.getStatus().name(), t.getStatus().label()))
        .toList());
  }
}
