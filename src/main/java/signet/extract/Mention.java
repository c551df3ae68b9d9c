package signet.extract;

import java.util.Optional;
import signet.time.DateMention;

/**
 * A typed span of a sentence. Offsets are into the article text; {@code from}/{@code to} are
 * token indices in the sentence. {@code name} is the cleaned name (demonyms, "the", honorifics
 * removed); {@code known} links reference data; {@code date} is set for DATE mentions.
 */
public record Mention(MentionType type, int from, int to, int start, int end, String text, String name,
                      Optional<KnownEntity> known, DateMention date, String acronym) {

    Mention withType(MentionType t) {
        return new Mention(t, from, to, start, end, text, name, known, date, acronym);
    }

    Mention withEnd(int newTo, int newEnd, String newText, String newAcronym) {
        return new Mention(type, from, newTo, start, newEnd, newText, name, known, date, newAcronym);
    }
}
