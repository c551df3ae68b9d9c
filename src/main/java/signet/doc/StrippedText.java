package signet.doc;

import java.util.Optional;

/**
 * Plain text left after removing a format's markup: lines, with blank lines between blocks.
 *
 * @param text  the plain text, one block per paragraph, blocks separated by a blank line
 * @param title the heading the markup itself marks ({@code <title>}, {@code <h1>}, {@code # ...}), if any
 */
record StrippedText(String text, Optional<String> title) {}
