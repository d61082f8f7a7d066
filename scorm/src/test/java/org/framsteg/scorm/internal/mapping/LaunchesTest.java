package org.framsteg.scorm.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The launch location rules of SCORM 2004 4th ed. CAM §3.4.1.16 (item parameters). */
class LaunchesTest {
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "a.html            | ?x=1       | a.html?x=1",
      "a.html            | x=1        | a.html?x=1",
      "a.html            | &x=1       | a.html?x=1",
      "a.html?lang=sv    | ?x=1       | a.html?lang=sv&x=1",
      "a.html?lang=sv    | &x=1       | a.html?lang=sv&x=1",
      "a.html            | #p2        | a.html#p2",
      "a.html#p1         | #p2        | a.html#p1",
      "a.html#p1         | ?x=1       | a.html?x=1#p1",
      "a.html            | ?          | a.html",
  })
  void parametersAreJoinedToTheHrefAsTheContentAggregationModelSays(String href, String params,
      String launch) {
    assertThat(Launches.join(href, Optional.of(params))).isEqualTo(launch);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "media/intro.mp4, VIDEO", "clip.WEBM?t=3, VIDEO", "pod/ep1.mp3, AUDIO", "a.m4a, AUDIO",
      "doc.pdf, PDF", "index.html, OTHER", "https://example.org/page, WEB_LINK",
      "https://example.org/v.mp4, VIDEO", "ftp://example.org/x, OTHER", "folder.mp4/page, OTHER",
  })
  void theKindOfALaunchFollowsItsSchemeAndExtension(String href, Launches.Kind kind) {
    assertThat(Launches.kind(href)).isEqualTo(kind);
  }

  // Non-ASCII letters are legal in a java.net.URI (as in an IRI) and stay as they are.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "start page.html       | start%20page.html",
      "sco\\index.html       | sco/index.html",
      "kapitel/å.html?x=ö    | kapitel/å.html?x=ö",
      "a%20b.html            | a%20b.html",
      "100%.html             | 100%25.html",
      "a.html#x#y            | a.html#x%23y",
      "v.mp3:                | v.mp3%3A",
      "1:2 3                 | 1%3A2%203",
  })
  void hrefsThatAreNotUrisAreEscapedNotRefused(String href, String uri) {
    assertThat(Launches.uri(href)).isEqualTo(URI.create(uri));
  }
}
