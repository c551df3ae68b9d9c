package signet.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import signet.time.RawDate.Calendar;
import signet.time.RawDate.Range;
import signet.time.RawDate.Relative;
import signet.time.RawDate.Weekday;

/**
 * Turns a {@link RawDate} into a {@link PartialDate} at the precision the text gives, filling a
 * missing year, or a weekday's day, from the article's date. Never guesses: without what it
 * needs from the context it returns empty. Stateless.
 */
final class DateResolver {

    /** How far after the article date a year-less date may fall and still be in the article's year. */
    private static final int FUTURE_SLACK_DAYS = 31;

    /** A resolved date, the end of a range (or null), and whether the context supplied a part of it. */
    record Resolved(PartialDate date, PartialDate rangeEnd, DateBasis basis) {}

    Optional<Resolved> resolve(RawDate raw, DateContext ctx, boolean future) {
        return switch (raw) {
            case Calendar c -> calendar(c, ctx, future)
                    .map(d -> new Resolved(d, null, c.yearStated() ? DateBasis.STATED : DateBasis.RESOLVED));
            case Range r -> range(r, ctx, future);
            case Weekday w -> weekday(w, ctx, future).map(d -> new Resolved(d, null, DateBasis.RESOLVED));
            case Relative r -> relative(r, ctx).map(d -> new Resolved(d, null, DateBasis.RESOLVED));
        };
    }

    private Optional<PartialDate> calendar(Calendar c, DateContext ctx, boolean future) {
        if (c.yearStated()) return Optional.of(new PartialDate(c.year(), c.month(), c.day()));
        return year(c.month(), c.day(), c.direction(), future, ctx).flatMap(y -> date(y, c.month(), c.day()));
    }

    private Optional<Resolved> range(Range r, DateContext ctx, boolean future) {
        Calendar from = r.from(), to = r.to();
        boolean stated = from.yearStated() && to.yearStated();
        if (!from.yearStated()) {
            Optional<Integer> y = year(from.month(), from.day(), Direction.NONE, future, ctx);
            if (y.isEmpty()) return Optional.empty();
            from = from.withYear(y.get());
        }
        if (!to.yearStated()) {
            // the end is in the start's year, or the next one when it comes earlier in the calendar
            boolean wraps = to.month() < from.month() || (to.month() == from.month() && to.day() < from.day());
            to = to.withYear(wraps ? from.year() + 1 : from.year());
        }
        Optional<PartialDate> start = date(from.year(), from.month(), from.day());
        Optional<PartialDate> end = date(to.year(), to.month(), to.day());
        if (start.isEmpty() || end.isEmpty()) return Optional.empty();
        return Optional.of(new Resolved(start.get(), end.get(), stated ? DateBasis.STATED : DateBasis.RESOLVED));
    }

    /**
     * The year of a year-less month (day 0) or month-day. From the article date: its own year,
     * moved back a year when that would put a past or neutral date well after the article
     * (a past event reported later), or forward to the next occurrence in a future sentence.
     * Without an article date, the context's fallback year, if any.
     */
    Optional<Integer> year(int month, int day, Direction direction, boolean future, DateContext ctx) {
        if (ctx.articleDate().isEmpty()) {
            return ctx.fallbackYear();
        }
        PartialDate a = ctx.articleDate().get();
        if (a.precision() == Precision.YEAR) {
            // without the article's month there is no telling "last March" from "next March"
            return direction == Direction.LAST || direction == Direction.NEXT ? Optional.empty() : Optional.of(a.year());
        }
        int y = a.year();
        // compare at the precision both sides have
        boolean byDay = day != 0 && a.day() != 0;
        int cmp = byDay
                ? safeDay(y, month, day).compareTo(LocalDate.of(a.year(), a.month(), a.day()))
                : Integer.compare(month, a.month());
        return Optional.of(switch (direction) {
            case LAST -> cmp < 0 ? y : y - 1;
            case NEXT -> cmp > 0 ? y : y + 1;
            case THIS -> Integer.compare(month, a.month()) >= 0 ? y : y + 1;
            case NONE -> {
                if (future) yield cmp >= 0 ? y : y + 1;
                boolean wellAfter = byDay
                        ? safeDay(y, month, day).isAfter(LocalDate.of(a.year(), a.month(), a.day()).plusDays(FUTURE_SLACK_DAYS))
                        : month - a.month() > 1;
                yield wellAfter ? y - 1 : y;
            }
        });
    }

    private Optional<PartialDate> weekday(Weekday w, DateContext ctx, boolean future) {
        Optional<LocalDate> article = ctx.articleDate().flatMap(PartialDate::toLocalDate);
        if (article.isEmpty()) return Optional.empty();
        LocalDate a = article.get();
        DayOfWeek d = w.day();
        LocalDate result = switch (w.direction()) {
            case LAST -> a.with(TemporalAdjusters.previous(d));
            case NEXT -> a.with(TemporalAdjusters.next(d));
            case THIS, NONE -> future ? a.with(TemporalAdjusters.nextOrSame(d)) : a.with(TemporalAdjusters.previousOrSame(d));
        };
        return Optional.of(PartialDate.ofDay(result));
    }

    private Optional<PartialDate> relative(Relative r, DateContext ctx) {
        Optional<PartialDate> anchor = r.fromText() ? ctx.textDate() : ctx.articleDate();
        if (anchor.isEmpty()) return Optional.empty();
        PartialDate a = anchor.get();
        return switch (r.unit()) {
            case DAY -> a.toLocalDate().map(d -> PartialDate.ofDay(d.plusDays(r.offset())));
            case MONTH -> a.month() == 0 ? Optional.empty() : Optional.of(monthOf(YearMonth.of(a.year(), a.month()).plusMonths(r.offset())));
            case YEAR -> Optional.of(PartialDate.ofYear(a.year() + r.offset()));
        };
    }

    private static PartialDate monthOf(YearMonth ym) { return PartialDate.ofMonth(ym.getYear(), ym.getMonthValue()); }

    /** The day, with 29 February moved to the 28th in a common year only for comparison. */
    private static LocalDate safeDay(int y, int month, int day) {
        return LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
    }

    private static Optional<PartialDate> date(int y, int month, int day) {
        try {
            return Optional.of(new PartialDate(y, month, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();   // 29 February resolved into a common year
        }
    }
}
