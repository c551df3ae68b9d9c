package signet.eval;

import java.util.Objects;

/** A post the article states: {@code person} is {@code title} of {@code org}. */
public record GoldRole(String person, String title, String org) {
    public GoldRole {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(org, "org");
    }
}
