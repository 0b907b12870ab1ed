package cn.samr.livestream.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** NumberSequenceMapper through DocumentNumbers: one gap-free counter per prefix and day. */
@IntegrationTest
@Transactional
class DocumentNumbersTest {

  @Autowired DocumentNumbers numbers;

  @Test
  void countsPerPrefixAndDay() {
    LocalDate day = LocalDate.of(2031, 7, 1);
    assertThat(numbers.nextDaily("ZZ", day)).isEqualTo("ZZ-20310701-00001");
    assertThat(numbers.nextDaily("ZZ", day)).isEqualTo("ZZ-20310701-00002");
    assertThat(numbers.nextDaily("ZZ", day.plusDays(1))).isEqualTo("ZZ-20310702-00001");
    assertThat(numbers.nextDaily("YY", day)).isEqualTo("YY-20310701-00001");
  }
}
