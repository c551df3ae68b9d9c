package signet.eval;

import java.util.List;
import java.util.Objects;

/**
 * An event other than a signing (meeting, premiere, festival...). Only its document and date are
 * scored; kind, participants and place document the annotation.
 *
 * @param date at the precision the text gives, or "" when it gives none
 */
public record GoldEvent(String kind, List<String> participants, String date, String place) {
    public GoldEvent {
        kind = Objects.requireNonNullElse(kind, "");
        participants = List.copyOf(participants);
        date = Objects.requireNonNullElse(date, "");
        place = Objects.requireNonNullElse(place, "");
    }
}
