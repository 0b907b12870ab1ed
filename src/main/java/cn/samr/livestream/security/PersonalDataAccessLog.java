package cn.samr.livestream.security;

import cn.samr.livestream.security.PersonalDataAccess.Channel;
import cn.samr.livestream.security.PersonalDataAccess.RecordKind;
import cn.samr.livestream.security.PersonalDataAccess.Shown;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of who opened whose personal data (个人信息保护法 and 投诉举报办法 Art.33: the complainant's and
 * reporter's information is kept confidential): every time personal data is shown unmasked, one row.
 */
@Service
public class PersonalDataAccessLog {

  private final PersonalDataAccessMapper mapper;
  private final Clock clock;

  public PersonalDataAccessLog(PersonalDataAccessMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /** Records that the user was shown the record's personal data. */
  @Transactional
  public void shown(String userId, RecordKind kind, String recordNo, Shown shown, Channel channel) {
    mapper.insert(new PersonalDataAccess(null, userId, kind, recordNo, shown, channel, LocalDateTime.now(clock)));
  }

  /** The record's reads, oldest first. */
  public List<PersonalDataAccess> of(RecordKind kind, String recordNo) {
    return mapper.findByRecord(kind, recordNo);
  }
}
