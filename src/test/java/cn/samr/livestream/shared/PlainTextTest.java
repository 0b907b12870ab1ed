package cn.samr.livestream.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text rules of every request: {@link PlainText} and the Unicode-aware NotBlank. */
class PlainTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "上海某某商贸有限公司", "room-8866", "好物直播间\u00A0🔥", "“医用级”（祛斑）", "ﾃｽﾄ", "a\u200Db"})
  void whatPeopleTypeIsPlain(String text) {
    assertThat(PlainText.Validator.isPlain(text, false)).isTrue();
    assertThat(PlainText.Validator.isPlain(text, true)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "\u0007", "a\u001Bb", "\u007F", "a\u0085", "\u009F", "a\bb", "a\u000Bb", "a\fb"})
  void controlCharactersAreNot(String text) {
    assertThat(PlainText.Validator.isPlain(text, false)).isFalse();
    assertThat(PlainText.Validator.isPlain(text, true)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"第一行\n第二行", "a\r\nb", "名称\t规格"})
  void lineBreaksAndTabsOnlyInMultiLineText(String text) {
    assertThat(PlainText.Validator.isPlain(text, true)).isTrue();
    assertThat(PlainText.Validator.isPlain(text, false)).isFalse();
  }

  /** Direction marks, embeddings, overrides, isolates: refused in one-line fields ("Trojan Source"). */
  @ParameterizedTest
  @ValueSource(strings = {"ab\u202Ecd", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066x", "\u2067", "\u2068",
      "x\u2069", "\u200E", "\u200F", "\u061C"})
  void bidirectionalControlsAreNotPlainInOneLineFields(String text) {
    assertThat(PlainText.Validator.isPlain(text, false)).isFalse();
    assertThat(PlainText.Validator.isPlain(text, true)).isTrue();
  }

  @Test
  void surrogateHalvesOnlyInPairs() {
    String pair = "😀";
    assertThat(PlainText.Validator.isPlain(pair, false)).isTrue();
    assertThat(PlainText.Validator.isPlain(pair.substring(0, 1), false)).isFalse();
    assertThat(PlainText.Validator.isPlain("x" + pair.substring(1), false)).isFalse();
    assertThat(PlainText.Validator.isPlain(pair.substring(1) + pair.substring(0, 1), false)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000\u3000", "\u200B", " \u00A0 ", "\t\r\n", "\uFEFF"})
  void spacesOfEveryKindAreBlank(String text) {
    assertThat(ValidationConfiguration.isBlank(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"张", " a ", "\u3000张三", "0"})
  void aVisibleCharacterIsNotBlank(String text) {
    assertThat(ValidationConfiguration.isBlank(text)).isFalse();
  }
}
