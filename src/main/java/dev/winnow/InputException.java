package dev.winnow;

/**
 * Input that cannot be read as a page at all: binary content, or bytes that are not text in any
 * charset they claim. The message is one line, fit to show a user.
 *
 * <p>Immutable once thrown, so it may be handed between threads.
 *
 * @since 0.1
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with that one-line message, fit to show a user. */
  public InputException(String message) {
    super(message);
  }
}
