package cn.samr.livestream.subject;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Assembles a subject's history from the parts every {@link SubjectHistorySource} contributes. */
@Service
public class SubjectHistoryService {

  private final SubjectRegistry subjects;
  private final List<SubjectHistorySource> sources;

  public SubjectHistoryService(SubjectRegistry subjects, List<SubjectHistorySource> sources) {
    this.subjects = subjects;
    this.sources = sources;
  }

  /**
   * The subject's history, or empty when no such subject is registered. A merged id gives its survivor's
   * history, which holds what was recorded under every id merged into it.
   */
  public Optional<SubjectHistory> of(long subjectId) {
    return subjects.byId(subjectId).map(subject -> {
      SubjectHistory.Parts parts = new SubjectHistory.Parts();
      for (long id : subjects.idsOf(subject.getId())) {
        sources.forEach(source -> source.addTo(parts, id));
      }
      return parts.of(subject);
    });
  }
}
