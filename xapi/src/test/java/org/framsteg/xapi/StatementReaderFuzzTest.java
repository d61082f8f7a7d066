package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

/**
 * Fuzzes the statement reader: whatever the bytes, only Framsteg's typed exceptions may escape, and
 * whatever is accepted is valid, can be written and reads back equal.
 *
 * <p>During a normal build this replays the inputs in {@code StatementReaderFuzzTestInputs} as a
 * regression test; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class StatementReaderFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void readerThrowsOnlyTypedExceptions(byte[] input) {
    for (XapiVersion version : XapiVersion.values()) {
      for (StatementReader reader : new StatementReader[] {Xapi.reader(version), Xapi.reader(version).lenient()}) {
        Statement statement;
        try {
          statement = reader.read(input);
        } catch (XapiException expected) {
          assertThat(expected.violations()).isNotEmpty();
          continue;
        }
        assertThat(Xapi.validator(version).validate(statement)).isEmpty();
        byte[] written = Xapi.writer().write(statement, version);
        assertThat(reader.read(written)).isEqualTo(statement);
      }
      try (Stream<StatementLine> lines = Xapi.reader(version).readLines(new ByteArrayInputStream(input))) {
        lines.forEach(l -> assertThat(l.lineNumber()).isPositive());
      }
      try {
        Xapi.reader(version).readArray(input);
      } catch (XapiException expected) {
        assertThat(expected.violations()).isNotEmpty();
      }
    }
  }
}
