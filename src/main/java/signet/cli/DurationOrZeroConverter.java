package signet.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Like {@link DurationConverter}, and {@code 0} (with or without a unit) for "none". */
final class DurationOrZeroConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        if (value.strip().matches("0+\\s*(ms|s|m|h)?")) return Duration.ZERO;
        return new DurationConverter().convert(value);
    }
}
