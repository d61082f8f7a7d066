package org.framsteg.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IntSummaryStatistics;
import java.util.List;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.Xapi;
import org.framsteg.xapi.XapiVersion;
import org.junit.jupiter.api.Test;

class StatementCorpusTest {

  @Test
  void everyStatementOfBothSizesIsValidInBothVersionsAndSurvivesAWriteAndRead() {
    for (StatementCorpus.Size size : StatementCorpus.Size.values()) {
      for (byte[] bytes : StatementCorpus.generate(300, size, 7L)) {
        for (XapiVersion v : XapiVersion.values()) {
          Statement s = Xapi.reader(v).read(bytes);
          assertThat(Xapi.reader(v).read(Xapi.writer().write(s, v))).isEqualTo(s);
        }
      }
    }
  }

  @Test
  void smallStatementsAreAboutAKilobyteAndLargeOnesTwoToFour() {
    List<byte[]> small = StatementCorpus.generate(500, StatementCorpus.Size.SMALL, 1L);
    List<byte[]> large = StatementCorpus.generate(500, StatementCorpus.Size.LARGE, 1L);
    IntSummaryStatistics s = small.stream().mapToInt(b -> b.length).summaryStatistics();
    IntSummaryStatistics l = large.stream().mapToInt(b -> b.length).summaryStatistics();
    assertThat(s.getMin()).as("smallest small, %s", s).isGreaterThanOrEqualTo(500);
    assertThat(s.getMax()).as("largest small, %s", s).isLessThan(1600);
    assertThat(l.getMin()).as("smallest large, %s", l).isGreaterThanOrEqualTo(2000);
    assertThat(l.getMax()).as("largest large, %s", l).isLessThanOrEqualTo(4096);
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    List<byte[]> a = StatementCorpus.generate(50, StatementCorpus.Size.LARGE, 9L);
    List<byte[]> b = StatementCorpus.generate(50, StatementCorpus.Size.LARGE, 9L);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i)).isEqualTo(a.get(i));
    }
    assertThat(StatementCorpus.generate(1, StatementCorpus.Size.LARGE, 10L).get(0)).isNotEqualTo(a.get(0));
  }
}
