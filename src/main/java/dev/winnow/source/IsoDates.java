package dev.winnow.source;

import java.time.DateTimeException;
import dev.winnow.internal.WordLists;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalizes the dates pages state in their metadata to ISO 8601: {@code 2019-11-19},
 * {@code 2019-11-19T14:30:00Z}, {@code 2019-11-19T14:30:00+01:00}. Accepts ISO 8601 with or
 * without seconds, fractions and zone (a zone written {@code +0100} gains its colon) and RFC 1123
 * dates ({@code Tue, 19 Nov 2019 14:30:00 GMT}), a zone written {@code " UTC"}, a date written
 * {@code 2019/11/19} and a fraction written after a colon ({@code 22:06:08:684Z}). Anything else
 * is not a date this class vouches for, and gives {@code null}. Stateless and thread-safe.
 */
final class IsoDates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

  /** Dates before this are placeholders, not publication dates. */
  static final String EARLIEST = "1800-01-01";

  /** The zone a page's readers see its times in, by language tag ({@code page-zones.txt}). */
  private static final Map<String, ZoneId> ZONES = zones();

  private IsoDates() {}

  private static Map<String, ZoneId> zones() {
    Map<String, String> ids = new HashMap<>(); // the word lists come lower-cased; zone ids are not
    for (String id : ZoneId.getAvailableZoneIds()) {
      ids.put(id.toLowerCase(Locale.ROOT), id);
    }
    Map<String, ZoneId> m = new HashMap<>();
    for (String line : WordLists.load(IsoDates.class, "page-zones.txt")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 2 && ids.containsKey(parts[1])) {
        m.put(parts[0], ZoneId.of(ids.get(parts[1])));
      }
    }
    return Map.copyOf(m);
  }

  /**
   * The zone a page in this language is read in ({@code de}, {@code pt-BR}), or null when the
   * language is read across several zones or is not known.
   */
  static @Nullable ZoneId zoneOf(@Nullable String language) {
    if (language == null || language.isEmpty() || language.length() > 35) {
      return null;
    }
    String tag = language.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    ZoneId z = ZONES.get(tag);
    if (z != null) {
      return z;
    }
    int dash = tag.indexOf('-');
    return dash > 0 ? ZONES.get(tag.substring(0, dash)) : null;
  }

  /** The value as ISO 8601, or {@code null} when it is not a date in a known form. */
  static @Nullable String normalize(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.isEmpty() || v.length() > 64) {
      return null;
    }
    if ((v.endsWith(" UTC") || v.endsWith(" GMT")) && Character.isDigit(v.charAt(0))) {
      v = v.substring(0, v.length() - 4) + "Z";
    }
    if (v.length() >= 10 && v.charAt(4) == '/' && v.charAt(7) == '/') {
      v = v.substring(0, 4) + '-' + v.substring(5, 7) + '-' + v.substring(8); // citation_date's 2020/04/07
    }
    if (v.length() > 20 && v.charAt(10) == 'T' && v.charAt(16) == ':' && v.charAt(19) == ':'
        && Character.isDigit(v.charAt(20))) {
      v = v.substring(0, 19) + '.' + v.substring(20); // a fraction written after a colon: 22:06:08:684Z
    }
    Matcher m = ISO.matcher(v);
    if (m.matches()) {
      if (!validDate(m.group(1))) {
        return null;
      }
      if (m.group(2) == null) {
        return m.group(1);
      }
      String zone = m.group(3);
      if (zone != null && !zone.equals("Z")) {
        zone = zone.length() == 3 ? zone + ":00" : zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
      }
      return m.group(1) + "T" + m.group(2) + (zone == null ? "" : zone);
    }
    if (v.indexOf(',') < 0) {
      // RFC 1123 always has the comma after the day name; skip the costly failing parse.
      return null;
    }
    try {
      ZonedDateTime t = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A UTC instant ({@code ...Z} or {@code +00:00}) as the same instant in the zone, when the zone
   * is known: {@code 2019-10-18T22:04:00Z} in Europe/Berlin reads {@code 2019-10-19T00:04:00+02:00}.
   * Any other value comes back as it is.
   *
   * @param iso a value {@link #normalize} gave
   */
  static String inZone(String iso, @Nullable ZoneId zone) {
    if (zone == null || iso.length() <= 10 || !(iso.endsWith("Z") || iso.endsWith("+00:00"))) {
      return iso;
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(iso.endsWith("Z") ? iso : iso.substring(0, iso.length() - 6) + "Z");
      String local = t.atZoneSameInstant(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return Character.isDigit(local.charAt(0)) ? local : iso; // past year 9999: left as stated
    } catch (DateTimeException e) {
      return iso;
    }
  }

  /** Whether {@code yyyy-mm-dd} is a real day, and not before {@link #EARLIEST}. */
  private static boolean validDate(String ymd) {
    if (ymd.compareTo(EARLIEST) < 0) {
      // "0001-01-01" and kin are a CMS's empty value, not a date.
      return false;
    }
    // A calendar date, leap days included; the pattern has made sure of the digits.
    try {
      LocalDate.of(Integer.parseInt(ymd, 0, 4, 10), Integer.parseInt(ymd, 5, 7, 10), Integer.parseInt(ymd, 8, 10, 10));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
