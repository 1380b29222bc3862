package dev.winnow.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One step of the input stream, in input order: a page to process, the end of a WARC file
 * (whose records' results then go to their file as a whole), or an input skipped as done.
 *
 * @param page the page, or {@code null} for the end of a WARC file
 * @param warcEnd the end of this WARC file's records (its {@link LoadedInput#relative()}), or
 *     {@code null}
 * @param bytesRead how many bytes of input files were consumed since the step before (compressed
 *     bytes for a WARC file), for the progress bar
 */
record Fed(@Nullable LoadedInput page, @Nullable Path warcEnd, long bytesRead) {

  static Fed page(LoadedInput page, long bytesRead) {
    return new Fed(page, null, bytesRead);
  }

  /** An input left out (already done, under {@code --resume}): progress only. */
  static Fed skipped(long bytesRead) {
    return new Fed(null, null, bytesRead);
  }

  static Fed warcEnd(Path relative, long bytesRead) {
    return new Fed(null, relative, bytesRead);
  }

  /** Where the stream's steps go; blocks while the queue ahead is full. */
  interface Sink {
    void accept(Fed fed) throws InterruptedException;
  }
}
