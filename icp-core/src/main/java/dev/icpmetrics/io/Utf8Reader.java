package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes strict UTF-8: malformed input is an error, never U+FFFD. Unlike an {@link
 * java.io.InputStreamReader}, it first hands out every character decoded before the bad bytes and
 * throws only on the read after them, so the tokenizer reports the record that holds them.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean eof;
  private boolean flushed;
  private @Nullable CharacterCodingException pending;

  Utf8Reader(InputStream in) {
    this.in = requireNonNull(in, "in");
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharacterCodingException error = pending;
    if (error != null) {
      throw error;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset) {
      if (flushed) {
        return -1;
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        pending = new MalformedInputException(r.length());
        if (out.position() > offset) {
          break;
        }
        throw pending;
      }
      if (r.isOverflow()) {
        break;
      }
      if (eof) {
        decoder.flush(out);
        flushed = true;
        break;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    int n = out.position() - offset;
    return n == 0 && flushed ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
