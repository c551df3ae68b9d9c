package signet.server;

/** The inside of a JSON string, for the small hand-written JSON answers (health, upload): no library needed for two fields. */
public final class JsonText {
    private JsonText() {}

    /** Escapes quotes, backslashes and control characters. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
