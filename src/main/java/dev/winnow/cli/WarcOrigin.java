package dev.winnow.cli;

import java.util.Objects;

/**
 * Where in a WARC file a page came from, for the {@code warcRecordId} and {@code warcDate} fields
 * of its JSON line.
 *
 * @param recordId the record's {@code WARC-Record-ID}, without its angle brackets
 * @param date the record's {@code WARC-Date}, as written in the record
 */
record WarcOrigin(String recordId, String date) {
  WarcOrigin {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(date, "date");
  }
}
