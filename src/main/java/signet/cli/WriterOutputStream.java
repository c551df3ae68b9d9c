package signet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bridges Jena's writers, which write UTF-8 bytes, to picocli's {@code PrintWriter}s, so
 * commands print through {@code spec.commandLine().getOut()} (and tests can capture it)
 * without buffering a whole result in memory. Closing flushes but leaves the writer open.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean closed;

    WriterOutputStream(Writer writer) { this.writer = writer; }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) throw new IOException("stream closed");
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            bytes.flip();
            decode(false);
            bytes.compact();
        }
    }

    private void decode(boolean endOfInput) throws IOException {
        CoderResult r;
        do {
            r = decoder.decode(bytes, chars, endOfInput);
            drain();
        } while (r.isOverflow());
    }

    private void drain() throws IOException {
        chars.flip();
        writer.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        chars.clear();
    }

    @Override
    public void flush() throws IOException { writer.flush(); }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        bytes.flip();
        decode(true);
        decoder.flush(chars);
        drain();
        writer.flush();
    }
}
