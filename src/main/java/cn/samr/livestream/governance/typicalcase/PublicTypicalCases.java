package cn.samr.livestream.governance.typicalcase;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public reads (/public-api/v1/typical-cases): published, not withdrawn rows of typical_case_publication
 * and nothing else, read only.
 */
@Service
@Transactional(readOnly = true)
public class PublicTypicalCases {

  public static final int MAX_PAGE_SIZE = 50;
  public static final int DEFAULT_PAGE_SIZE = 20;
  /** The only numbers there are: ALDX-yyyy-NNNN. Anything else is not looked up. */
  static final Pattern PUBLICATION_NO = Pattern.compile("ALDX-\\d{4}-\\d{4,6}");

  private final PublicTypicalCaseMapper publications;

  public PublicTypicalCases(PublicTypicalCaseMapper publications) {
    this.publications = publications;
  }

  public record Page(int page, int size, long total, List<PublicTypicalCase> items) {
  }

  public Page page(int page, int size) {
    return new Page(page, size, publications.count(), publications.list(page * size, size));
  }

  public Optional<PublicTypicalCase> find(String publicationNo) {
    return publicationNo != null && PUBLICATION_NO.matcher(publicationNo).matches()
        ? publications.find(publicationNo) : Optional.empty();
  }
}
