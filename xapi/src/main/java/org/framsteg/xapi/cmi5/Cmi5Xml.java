package org.framsteg.xapi.cmi5;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.framsteg.xapi.internal.cmi5.StructureReader;
import org.framsteg.xapi.internal.cmi5.StructureWriter;

/**
 * Reads and writes {@code cmi5.xml}, the cmi5 course structure file.
 *
 * <pre>{@code
 * Cmi5CourseStructure s = Cmi5Xml.read(Path.of("cmi5.xml"));   // Cmi5Exception lists every problem
 * byte[] xml = Cmi5Xml.write(s);                                  // UTF-8, same structure, same bytes
 * }</pre>
 *
 * <p>Reading treats the input as hostile: a {@code DOCTYPE} is refused, so no entity is expanded
 * and nothing external is fetched; input above {@link #MAX_BYTES} and nesting deeper than 64
 * elements are refused. The document is checked against the rules of {@code CourseStructure.xsd}
 * (element order, required elements and attributes, the value spaces of {@code moveOn},
 * {@code launchMethod}, {@code masteryScore} and {@code lang}) and of cmi5 §13.1 (absolute IRIs,
 * ids unique within the structure, {@code masteryScore} with at most 4 decimal places, a
 * {@code url} without spaces, objective references that name a declared objective); every problem
 * is reported with its element path and line. Leading and trailing white space is removed from
 * every value, as §13.1 asks of an LMS. Elements of other namespaces (vendor extensions, §13.1.5)
 * are accepted where the schema allows them and are not kept.
 *
 * <p>Writing produces the elements in schema order, indented, with {@code moveOn} and
 * {@code launchMethod} always written out. {@code read(write(s))} equals {@code s}.
 *
 * @see <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#course_structure_data_model">cmi5
 *     §13.1 Course Structure Data Model</a>,
 *     <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#course_package">§14 Course Package</a>
 */
public final class Cmi5Xml {
  private Cmi5Xml() {}

  /** The largest {@code cmi5.xml} read: 16 MiB, far above any real course structure. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  /**
   * The course structure in a document.
   *
   * @throws Cmi5Exception naming every problem, with element path and line
   */
  public static Cmi5CourseStructure read(byte[] xml) {
    Objects.requireNonNull(xml, "xml");
    if (xml.length > MAX_BYTES) {
      throw new Cmi5Exception("/", "the document is larger than " + MAX_BYTES + " bytes");
    }
    return StructureReader.read(xml);
  }

  /**
   * The course structure in a stream, read to its end (at most {@link #MAX_BYTES}); the stream is
   * not closed.
   *
   * @throws Cmi5Exception naming every problem, with element path and line
   * @throws IOException when the stream cannot be read
   */
  public static Cmi5CourseStructure read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    return read(bytes);
  }

  /**
   * The course structure in a file.
   *
   * @throws Cmi5Exception naming every problem, with element path and line
   * @throws IOException when the file cannot be read
   */
  public static Cmi5CourseStructure read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** The structure as a {@code cmi5.xml} document, UTF-8; the same structure gives the same bytes. */
  public static byte[] write(Cmi5CourseStructure structure) {
    Objects.requireNonNull(structure, "structure");
    return StructureWriter.write(structure);
  }
}
