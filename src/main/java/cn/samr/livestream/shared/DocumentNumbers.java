package cn.samr.livestream.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free daily numbers such as TS-20261122-00001. The counter's row lock serialises concurrent intakes;
 * the number belongs to the caller's transaction, so a rolled-back intake gives its number back. The lock is
 * taken as a write lock in one statement, also when the counter is created, so that drawing numbers cannot
 * deadlock however many transactions draw at once ({@link NumberSequenceMapper#advance}).
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

  /**
   * Next number of a prefix in a year, {@code prefix-yyyy-N…} with at least {@code digits} digits: a code that says
   * nothing of the day or the internal record (专项 ZX-2026-01, 典型案例 ALDX-2026-0001).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String nextInYear(String prefix, int year, int digits) {
    String key = prefix + "-" + year;
    return key + "-" + String.format("%0" + digits + "d", next(key));
  }

  private long next(String key) {
    try {
      mapper.advance(key);
    } catch (DuplicateKeyException raced) {
      // H2's MERGE: another transaction created the counter between our look and our insert; it exists now
      mapper.advance(key);
    }
    return mapper.current(key);
  }
}
