package cn.samr.livestream.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free daily numbers such as TS-20261122-00001. The row lock serialises concurrent intakes; the
 * number belongs to the caller's transaction, so a rolled-back intake gives its number back.
 */
@Service
public class DocumentNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final NumberSequenceMapper mapper;

  public DocumentNumbers(NumberSequenceMapper mapper) {
    this.mapper = mapper;
  }

  /** Next number of the day for a prefix: {@code prefix-yyyyMMdd-NNNNN}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String nextDaily(String prefix, LocalDate day) {
    String key = prefix + "-" + DAY.format(day);
    return key + "-" + String.format("%05d", next(key));
  }

  /**
   * Next document number (文号) of an issuer's document kind in a year, as official documents are
   * numbered: {@code 沪宝山市监告〔2026〕3号}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String nextYearly(String issuer, String kind, int year) {
    return issuer + kind + "〔" + year + "〕" + next("DOC|" + issuer + "|" + kind + "|" + year) + "号";
  }

  private long next(String key) {
    Long current = mapper.lockCurrent(key);
    if (current == null) {
      try {
        mapper.insertFirst(key);
        return 1;
      } catch (DuplicateKeyException raced) {
        // another transaction created the counter first; take the lock it now holds
        mapper.lockCurrent(key);
      }
    }
    mapper.increment(key);
    return mapper.lockCurrent(key);
  }
}
