package org.framsteg.scorm.internal.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The content of a file to pack: a file on disk (streamed, never loaded whole) or bytes.
 *
 * <pre>{@code
 * MediaSource video = new MediaSource.FromFile(Path.of("/data/intro.mp4"));
 * try (InputStream in = video.open()) { in.transferTo(out); }
 * }</pre>
 */
public sealed interface MediaSource {
  /** Opens the content; the caller closes the stream. */
  InputStream open() throws IOException;

  /** A file on disk, read when the package is written. */
  record FromFile(Path file) implements MediaSource {
    public FromFile {
      Objects.requireNonNull(file, "file");
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(file);
    }
  }

  /** Bytes in memory; the array is copied. */
  record FromBytes(byte[] bytes) implements MediaSource {
    public FromBytes {
      bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    @Override
    public InputStream open() {
      return new java.io.ByteArrayInputStream(bytes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FromBytes other && java.util.Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "FromBytes[" + bytes.length + " bytes]";
    }
  }
}
