package org.framsteg.xapi.internal.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The best-effort format checks behind the IRI, IRL, URI, mailto, media type and digest rules. */
class SyntaxTest {

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com", "https://example.com:8443/a/b?c=d#e", "urn:isbn:0451450523",
      "http://[2001:db8::1]/x", "http://example.com/%C3%A5", "http://example.com/ålder", "tag:example.com,2024:x",
      "http://user:pw@example.com/", "http://example.com/フォルダ", "x:y", "http://example.com/😀"})
  void irisAreAccepted(String s) {
    assertThat(Iris.isIri(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "example.com", "#fragment", "/relative", "1http://x", "http://exa mple.com", "http://x/%zz",
      "http://x/%2", "http://x/a#b#c", "http://x/<>", "http://x/\"", "http:", "http://x/a\\b", "http://[::1/x",
      "http://x:80a/", "http://x/\u0085", "http://x/\uFFFE", "http://x/\uD800", "ht tp://x"})
  void nonIrisAreRefused(String s) {
    assertThat(Iris.isIri(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com", "https://x.example/path", "ftp://files.example.com/a.txt"})
  void irlsHaveAHost(String s) {
    assertThat(Iris.isIrl(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"urn:example:x", "mailto:a@example.com", "http://", "http:///path", "file:///etc/passwd", "http://:80/"})
  void irisWithoutHostAreNotIrls(String s) {
    assertThat(Iris.isIrl(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mailto:a@example.com", "mailto:first.last+tag@sub.example.co.uk", "mailto:%22q%22@example.com"})
  void mailtoIrisHaveOneAddress(String s) {
    assertThat(Iris.isMailtoIri(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@example.com", "mailto:", "mailto:@example.com", "mailto:a@", "mailto:a@b@c", "mailto:a@.com",
      "mailto:a@example..com", "mailto:a@example.com,b@example.com", "mailto:a@example.com?subject=x", "mailto:a b@x.com"})
  void otherMailtoValuesAreRefused(String s) {
    assertThat(Iris.isMailtoIri(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://openid.example.org/anna", "https://example.com/a%20b"})
  void urisAreAsciiIris(String s) {
    assertThat(Iris.isUri(s)).isTrue();
    assertThat(Iris.isUri(s + "é")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/pdf", "text/plain; charset=ascii", "text/plain;charset=\"utf-8\"",
      "application/vnd.ms-excel", "multipart/mixed; boundary=abc123", "image/svg+xml"})
  void mediaTypesAreAccepted(String s) {
    assertThat(Formats.isMediaType(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "text", "text/", "/plain", "text/plain;", "text/plain; charset", "text/plain; charset=\"x",
      "text /plain", "text/plain ", "téxt/plain"})
  void nonMediaTypesAreRefused(String s) {
    assertThat(Formats.isMediaType(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "de-CH-1901", "zh-Hant-HK", "sl-IT-nedis", "en-US-u-islamcal", "x-whatever", "qaa-Qaaa-QM-x-southern",
      "i-default", "en-GB-oed", "sgn-BE-FR", "az-Latn-x-latn", "mas", "es-005", "hy-Latn-IT-arevela", "zh-yue-HK"})
  void wellFormedLanguageTagsAreAccepted(String tag) {
    assertThat(LanguageTags.isWellFormed(tag)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-419-DE", "a-DE", "ar-a-aaa-b-bbb-a-ccc", "x", "en-x", "-en", "en-", "123", "en-US-", "en US",
      "abcdefghi", "de-1901-1901", "en-a", "zh-abcd-efgh"})
  void illFormedLanguageTagsAreRefused(String tag) {
    assertThat(LanguageTags.isWellFormed(tag)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "FD41C918-B88B-4B20-A0A5-A4C32391AAA0", "00000000-0000-0000-0000-000000000000"})
  void uuidsInStandardFormAreRead(String s) {
    assertThat(Formats.uuid(s)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-1-1-1-1", "fd41c918b88b4b20a0a5a4c32391aaa0", "{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}",
      "fd41c918-b88b-4b20-a0a5-a4c32391aaag", "fd41c918-b88b-4b20-a0a5_a4c32391aaa0"})
  void uuidsInOtherFormsAreNot(String s) {
    assertThat(Formats.uuid(s)).isNull();
  }
}
