package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryTextTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final ExpiryText utc = new ExpiryText(ZoneOffset.UTC, Locale.UK);

    @Test
    void noExpiryNeverExpires() {
        assertEquals("never expires", utc.describe(null, NOW));
    }

    @Test
    void futureExpiryGivesDateAndRelativeTime() {
        assertEquals("valid until 8 Dec 2026 10:00, in 7 days",
                utc.describe(Instant.parse("2026-12-08T10:00:00Z"), NOW));
    }

    @Test
    void pastExpiryIsExpired() {
        assertEquals("expired 1 Dec 2026 09:00", utc.describe(Instant.parse("2026-12-01T09:00:00Z"), NOW));
    }

    @Test
    void expiryAtThisVeryMomentIsExpired() {
        assertEquals("expired 1 Dec 2026 10:00", utc.describe(NOW, NOW));
    }

    @Test
    void dateIsShownInTheGivenZone() {
        ExpiryText berlin = new ExpiryText(ZoneId.of("Europe/Berlin"), Locale.UK);

        assertEquals("valid until 8 Dec 2026 11:00, in 7 days",
                berlin.describe(Instant.parse("2026-12-08T10:00:00Z"), NOW));
    }

    @Test
    void dateAndTimeFollowTheLocale() {
        Instant expires = Instant.parse("2026-12-08T10:00:00Z");

        assertEquals("valid until Dec 8, 2026 10:00 AM, in 7 days",
                new ExpiryText(ZoneOffset.UTC, Locale.US).describe(expires, NOW));
        assertEquals("valid until 08.12.2026 10:00, in 7 days",
                new ExpiryText(ZoneOffset.UTC, Locale.GERMANY).describe(expires, NOW));
    }

    @Test
    void countdownSaysNeverOrExpiredOtherwiseTheTimeLeft() {
        assertEquals("never", utc.countdown(null, NOW));
        assertEquals("expired", utc.countdown(NOW, NOW));
        assertEquals("in 3 days", utc.countdown(NOW.plus(Duration.ofDays(3)), NOW));
    }

    @Test
    void sortableDateStaysIsoLikeInEveryLocale() {
        ExpiryText german = new ExpiryText(ZoneOffset.UTC, Locale.GERMANY);

        assertEquals("2026-12-08 10:00", german.sortableDate(Instant.parse("2026-12-08T10:00:00Z")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PT1S,     in 1 minute",
        "PT30S,    in 1 minute",
        "PT1M,     in 1 minute",
        "PT1M1S,   in 2 minutes",
        "PT45M,    in 45 minutes",
        "PT59M,    in 59 minutes",
        "PT1H,     in 1 hour",
        "PT1H20M,  in 1 hour",
        "PT5H,     in 5 hours",
        "PT24H,    in 24 hours",
        "PT47H,    in 47 hours",
        "PT48H,    in 2 days",
        "P5D,      in 5 days",
        "P7D,      in 7 days",
        "P30D,     in 30 days",
    })
    void relativeTimeUsesMinutesHoursThenDays(String left, String expected) {
        assertEquals(expected, ExpiryText.relative(Duration.parse(left)));
    }

    @Test
    void lessThanASecondLeftStillReadsAsOneMinute() {
        // A wall clock has milliseconds: expiring at 10:01:00 seen at 10:00:59.700 leaves 300 ms.
        assertEquals("valid until 1 Dec 2026 10:01, in 1 minute",
                utc.describe(Instant.parse("2026-12-01T10:01:00Z"), Instant.parse("2026-12-01T10:00:59.700Z")));
    }
}
