package org.framsteg.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.StatementReader;
import org.framsteg.xapi.StatementWriter;
import org.framsteg.xapi.Xapi;
import org.framsteg.xapi.XapiVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reading, validating and writing a statement costs with Framsteg, next to bare Jackson
 * reading the same bytes into a tree and writing it back (which checks nothing).
 *
 * <pre>{@code
 * java -cp examples/target/framsteg.jar org.openjdk.jmh.Main XapiBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * java -cp examples/target/framsteg.jar org.openjdk.jmh.Main XapiBenchmark -prof gc
 * }</pre>
 *
 * <p>The corpus is {@value #STATEMENTS} xAPI Video Profile statements of each {@link
 * StatementCorpus.Size}, generated once as bytes; each operation takes the next one. {@code
 * framsteg} is {@code Xapi.reader(V2_0).read(bytes)} (parse, every rule of the <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#20-statements">xAPI data
 * specification</a>) then {@code Xapi.writer().write(s, V2_0)}; {@code jackson} is {@code
 * readTree} then {@code writeValueAsBytes}. Scores are statements per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class XapiBenchmark {
  /** Statements in each corpus. */
  public static final int STATEMENTS = 4000;

  @Param({"SMALL", "LARGE"})
  public StatementCorpus.Size size;

  private byte[][] corpus;
  private int next;
  private final StatementReader reader = Xapi.reader(XapiVersion.V2_0);
  private final StatementWriter writer = Xapi.writer();
  private final JsonMapper mapper = JsonMapper.builder().build();

  @Setup(Level.Trial)
  public void setUp() {
    List<byte[]> list = StatementCorpus.generate(STATEMENTS, size, 2026L);
    corpus = list.toArray(new byte[0][]);
    long bytes = 0;
    for (byte[] s : corpus) {
      reader.read(s); // the corpus must be valid, or the comparison is of different work
      bytes += s.length;
    }
    System.out.printf("%n%s corpus: %d statements, %d bytes on average%n", size, corpus.length, bytes / corpus.length);
  }

  private byte[] nextStatement() {
    byte[] s = corpus[next];
    next = next + 1 == corpus.length ? 0 : next + 1;
    return s;
  }

  /** Read, validate and write one statement with Framsteg. */
  @Benchmark
  public byte[] framsteg() {
    Statement s = reader.read(nextStatement());
    return writer.write(s, XapiVersion.V2_0);
  }

  /** Read one statement into a Jackson tree and write it back. */
  @Benchmark
  public byte[] jackson() {
    JsonNode tree = mapper.readTree(nextStatement());
    return mapper.writeValueAsBytes(tree);
  }
}
