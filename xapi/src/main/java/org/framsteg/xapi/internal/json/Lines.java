package org.framsteg.xapi.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits a byte stream into JSON Lines lines ({@code \n}, optionally preceded by {@code \r}) with
 * bounded memory: a line longer than the limit is consumed but not kept.
 */
public final class Lines {

  /** One line: its bytes, or null with {@code tooLong} set when it exceeded the limit. */
  public record Line(long number, byte[] bytes, int length, boolean tooLong) {}

  private final InputStream in;
  private final int limit;
  private final byte[] buffer = new byte[8192];
  private int pos;
  private int end;
  private boolean eof;
  private long number;
  private byte[] line = new byte[256];

  /** Reads from {@code in}, which is left open; lines may have at most {@code limit} bytes. */
  public Lines(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line, or null at the end of the input. */
  public Line next() {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof || !fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      byte b = buffer[pos++];
      if (b == '\n') {
        break;
      }
      if (tooLong) {
        continue;
      }
      if (length == limit) {
        tooLong = true;
        continue;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, Math.min(limit, line.length * 2));
      }
      line[length++] = b;
    }
    number++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(number, tooLong ? null : line, length, tooLong);
  }

  private boolean fill() {
    try {
      int n = in.read(buffer);
      if (n <= 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
