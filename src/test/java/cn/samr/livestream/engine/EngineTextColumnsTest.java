package cn.samr.livestream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineTextColumnsTest {

  @Test
  void supplementaryCharactersAreReplacedAndEverythingElseKept() {
    assertThat(EngineTextColumns.threeByteSafe("直播间🔥爆款，𠀀字；普通文字")).isEqualTo("直播间\uFFFD爆款，\uFFFD字；普通文字");
    assertThat(EngineTextColumns.threeByteSafe("无表情文字 ABC 123")).isEqualTo("无表情文字 ABC 123");
    assertThat(EngineTextColumns.threeByteSafe(null)).isNull();
  }
}
