package signet.eval;

import java.util.Objects;

/** The article states that organization {@code child} is part of (a unit, subsidiary or member of) {@code parent}. */
public record GoldPartOf(String child, String parent) {
    public GoldPartOf {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(parent, "parent");
    }
}
