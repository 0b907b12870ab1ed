package cn.samr.livestream.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Who decided what, when, on one complaint, clue or escalation: the domain's own records and the
 * engine's history in one chronological list.
 *
 * @param kind      COMPLAINT, CLUE or ESCALATION
 * @param recordNo  the record's number (the business key of its processes)
 * @param processes the process instances read from the engine's history: the record's own and every
 *                  instance it called (督促退赔, 立案查处, 涉嫌犯罪移送)
 * @param entries   oldest first
 */
public record Timeline(String kind, String recordNo, List<ProcessRef> processes, List<TimelineEntry> entries) {

  /** One process instance of the record, as the engine's history knows it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProcessRef(String id, String processKey, String processName, String superProcessInstanceId,
      LocalDateTime startedAt, LocalDateTime endedAt, String state) {
  }
}
