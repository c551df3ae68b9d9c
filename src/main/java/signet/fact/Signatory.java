package signet.fact;

import java.util.Optional;

/** A person who signed an agreement, for which organization and under which title, when the text says. */
public record Signatory(Entity person, Optional<Entity> signedFor, Optional<String> title) {}
