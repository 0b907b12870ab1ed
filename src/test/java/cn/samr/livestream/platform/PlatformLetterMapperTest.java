package cn.samr.livestream.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.platform.PlatformRecords.CommitmentReport;
import cn.samr.livestream.platform.PlatformRecords.Letter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * platform_letter and platform_commitment_report (V27): every column written is read back with the client's platform
 * name; a client reads only its own letters, newest first, by status and page; an acknowledgement is recorded once;
 * a commitment's report by its number.
 */
@MapperTest
class PlatformLetterMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired PlatformLetterMapper letters;
  @Autowired JdbcTemplate jdbc;

  long client;
  long otherClient;
  long row;

  @BeforeEach
  void rows() {
    client = insert("INSERT INTO platform_client (client_id, platform_name, contact_name, scopes, secret_hash, enabled,"
        + " secret_rotated_at, created_by, created_at) VALUES ('lm-one', '函件测试平台', '联络人', 'LETTERS', 'x', TRUE, ?, 'admin', ?)",
        AT, AT);
    otherClient = insert("INSERT INTO platform_client (client_id, platform_name, contact_name, scopes, secret_hash,"
        + " enabled, secret_rotated_at, created_by, created_at) VALUES ('lm-two', '函件他平台', '联络人', 'LETTERS', 'x', TRUE,"
        + " ?, 'admin', ?)", AT, AT);
    long subject = insert("INSERT INTO supervised_subject (subject_type, name, district_code, created_at)"
        + " VALUES ('PLATFORM', '函件测试平台', '310113', ?)", AT);
    long interview = insert("INSERT INTO interview (interview_no, kind, origin, status, host_unit, issues, requested_by,"
        + " requested_at) VALUES ('YT-20260302-91001', 'REMINDER_LETTER', 'REQUEST', 'AWAITING_ACKNOWLEDGEMENT',"
        + " 'district-310113', '事由', 'head', ?)", AT);
    row = insert("INSERT INTO interview_subject (interview_id, subject_id) VALUES (?, ?)", interview, subject);
  }

  @Test
  void writesReadsListsAndAcknowledgesALetterOnce() {
    Letter notice = letter("HJ-20260302-91001", null, AT);
    notice.kind = PlatformLetterKind.INTERVIEW_NOTICE;
    letters.insertLetter(notice);
    Letter letter = letter("HJ-20260302-91002", AT.plusDays(7), AT.plusHours(1));
    letters.insertLetter(letter);
    letters.insertLetter(withClient(letter("HJ-20260302-91003", AT.plusDays(7), AT), otherClient));

    Letter read = letters.findLetter(client, "HJ-20260302-91002").orElseThrow();
    letter.platformName = "函件测试平台";
    assertThat(read).usingRecursiveComparison().isEqualTo(letter);
    assertThat(letters.findLetter(client, "HJ-20260302-91003")).as("another client's").isEmpty();
    assertThat(letters.findLetters(client, null, 0, 10)).extracting(l -> l.letterNo)
        .containsExactly("HJ-20260302-91002", "HJ-20260302-91001");
    assertThat(letters.findLetters(client, null, 1, 1)).extracting(l -> l.letterNo).containsExactly("HJ-20260302-91001");
    assertThat(letters.findLetterRowIds(client)).containsExactly(row);

    letter.status = PlatformLetterStatus.ACKNOWLEDGED;
    letter.acknowledgedAt = AT.plusDays(1);
    letter.acknowledgedOn = LocalDate.of(2026, 3, 3);
    letter.note = "已收悉";
    letter.noteHash = "h1";
    assertThat(letters.acknowledgeLetter(letter)).isOne();
    assertThat(letters.acknowledgeLetter(letter)).as("acknowledged once").isZero();
    assertThat(letters.findLetter(client, "HJ-20260302-91002").orElseThrow()).usingRecursiveComparison()
        .isEqualTo(letter);
    assertThat(letters.findLetters(client, PlatformLetterStatus.ISSUED, 0, 10)).extracting(l -> l.letterNo)
        .containsExactly("HJ-20260302-91001");
    assertThat(letters.findLetters(client, PlatformLetterStatus.ACKNOWLEDGED, 0, 10)).extracting(l -> l.letterNo)
        .containsExactly("HJ-20260302-91002");
  }

  @Test
  void writesAndReadsACommitmentReport() {
    CommitmentReport report = new CommitmentReport();
    report.commitmentNo = "CN-20260305-91001";
    report.clientPk = client;
    report.reportedAt = AT;
    report.fulfilledOn = LocalDate.of(2026, 3, 1);
    report.description = "已下架";
    report.hash = "h";
    letters.insertCommitmentReport(report);
    assertThat(letters.findCommitmentReport("CN-20260305-91001").orElseThrow()).usingRecursiveComparison()
        .isEqualTo(report);
    assertThat(letters.findCommitmentReport("CN-20260305-99999")).isEmpty();
  }

  private Letter letter(String number, LocalDateTime respondBy, LocalDateTime issuedAt) {
    Letter letter = new Letter();
    letter.letterNo = number;
    letter.clientPk = client;
    letter.kind = PlatformLetterKind.REMINDER_LETTER;
    letter.interviewId = jdbc.queryForObject("SELECT interview_id FROM interview_subject WHERE id = ?", Long.class, row);
    letter.interviewSubjectId = row;
    letter.processInstanceId = "pi-letter";
    letter.issuingUnit = "district-310113";
    letter.documentNo = "沪宝山市监提醒〔2026〕1号";
    letter.content = "请依法履行平台管理责任";
    letter.issuedAt = issuedAt;
    letter.respondBy = respondBy;
    letter.status = PlatformLetterStatus.ISSUED;
    return letter;
  }

  private static Letter withClient(Letter letter, long clientPk) {
    letter.clientPk = clientPk;
    return letter;
  }

  private long insert(String sql, Object... args) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement;
    }, key);
    return key.getKey().longValue();
  }
}
