package dev.winnow.analysis;

import dev.winnow.internal.Texts;
import java.text.Normalizer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Turns a block's text into the key that vocabularies are matched against: lower case, accents
 * folded, white space folded, and decoration (bullets, arrows, brackets, trailing dots) stripped
 * from both ends, so that "» Read More…", "[ADVERTISEMENT]" and "Publicite" meet their phrases.
 * One pass over the text, no regex, no allocation beyond a buffer and the result.
 *
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Keys {
  private Keys() {}

  /** Fold table covers Latin-1 Supplement and Latin Extended-A/B, where European accents live. */
  private static final int FOLD_FROM = 0x00C0;

  private static final int FOLD_TO = 0x0250;

  /** What each char in the fold range becomes; built once from Unicode decompositions. */
  private static final String[] FOLDS = buildFolds();

  /** The most chars one letter folds into ("ß" into "ss"). */
  static final int MAX_FOLD = maxFold();

  private static final int ASCII = 0x80;

  private static final byte CORE = 0;

  private static final byte SPACE = 1;

  private static final byte DECORATION = 2;

  /** What each ASCII char is to a key, so the common case needs no category lookups. */
  private static final byte[] ASCII_KIND = buildAsciiKinds();

  /** Marks Unicode files as "non-spacing", the accents NFD splits off; ignored wherever they occur. */
  private static final int COMBINING_FROM = 0x0300;

  private static final int COMBINING_TO = 0x0370;

  /**
   * The key of the text, or {@code null} when the key would be longer than {@code limit} chars.
   * The limit lets callers skip long paragraphs after reading only their first {@code limit}
   * chars: no phrase of a vocabulary is longer than its longest key.
   */
  public static @Nullable String key(CharSequence text, int limit) {
    return key(text, limit, null);
  }

  /**
   * A buffer for keys made one after another, by one thread: a caller that makes many keys (one
   * per block of a page) keeps one, and each key then costs the string it is, not a buffer too.
   */
  static final class Scratch {
    private char[] chars = new char[64];
  }

  /** {@link #key(CharSequence, int)}, made in the scratch's buffer when one is given. */
  static @Nullable String key(CharSequence text, int limit, @Nullable Scratch scratch) {
    int n = text.length();
    // The key is never longer than the text but for a few one-to-two folds (ß to ss); the buffer
    // grows when those make it so.
    int size = Math.min(n, limit) + 2 + MAX_FOLD;
    char[] out = scratch != null && scratch.chars.length >= size ? scratch.chars : new char[size];
    int len = 0;
    int coreEnd = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (len + 1 + MAX_FOLD > out.length) {
        out = Arrays.copyOf(out, out.length * 2 + 1 + MAX_FOLD);
      }
      if (c < ASCII) {
        // The common case, by table: no folding, no Unicode categories.
        byte kind = ASCII_KIND[c];
        if (kind == SPACE) {
          pendingSpace = len > 0;
          continue;
        }
        if (kind == DECORATION && len == 0) {
          continue;
        }
        if (pendingSpace) {
          out[len++] = ' ';
          pendingSpace = false;
        }
        out[len++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        if (kind != DECORATION) {
          coreEnd = len;
          if (coreEnd > limit) {
            return null;
          }
        }
        continue;
      }
      if (Texts.isSpace(c)) {
        pendingSpace = len > 0;
        continue;
      }
      if (isCombining(c)) {
        continue;
      }
      // The fold table answers for its range, case included. Elsewhere lower-case first: some
      // signs (the Angstrom sign, the Kelvin sign) lower-case into letters that fold further.
      String folded = c >= FOLD_FROM && c < FOLD_TO ? FOLDS[c - FOLD_FROM] : null;
      char lc = c;
      if (folded == null) {
        lc = Character.toLowerCase(c);
        if (lc >= FOLD_FROM && lc < FOLD_TO) {
          folded = FOLDS[lc - FOLD_FROM];
        } else if (isDash(lc)) {
          lc = '-';
        } else if (lc == '\u2018' || lc == '\u2019' || lc == '\u02bc') {
          lc = '\'';
        }
      }
      // Judged on what the char becomes as well, so a key's key is the key itself.
      boolean decoration = isDecoration(c)
          || (folded == null ? isDecoration(lc) : !folded.isEmpty() && isDecoration(folded.charAt(0)));
      if (decoration && len == 0) {
        continue;
      }
      if (pendingSpace) {
        out[len++] = ' ';
        pendingSpace = false;
      }
      if (folded != null) {
        folded.getChars(0, folded.length(), out, len);
        len += folded.length();
      } else {
        out[len++] = lc;
      }
      if (!decoration) {
        coreEnd = len;
        if (coreEnd > limit) {
          return null;
        }
      }
    }
    if (scratch != null && out.length > scratch.chars.length) {
      scratch.chars = out; // grown: the next key of this size needs no new buffer
    }
    return new String(out, 0, coreEnd);
  }

  /** The key of the text, however long. */
  public static String key(CharSequence text) {
    String k = key(text, Integer.MAX_VALUE);
    assert k != null;
    return k;
  }

  /**
   * Whether the char is decoration around a phrase rather than part of it: ASCII punctuation that
   * frames labels, and the Unicode dashes, brackets, quotes, arrows, bullets, symbols and emoji.
   * Letters, digits and {@code $ % & @ ?} are never decoration.
   */
  static boolean isDecoration(char c) {
    if (c < 0x80) {
      return switch (c) {
        case '!', '"', '#', '\'', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '[', '\\', ']',
            '_', '{', '|', '}', '~' -> true;
        default -> false;
      };
    }
    if (Character.isSurrogate(c)) {
      return true;
    }
    switch (c) {
      case '\u00b7', '\u2022', '\u2023', '\u2026', '\u2027', '\u2219', '\u00a6' -> {
        return true;
      }
      default -> {
        // fall through to the categories
      }
    }
    int type = Character.getType(c);
    return type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.MATH_SYMBOL
        || type == Character.OTHER_SYMBOL;
  }

  /** The first char of the char's key, or the char itself where that key is empty. */
  static char foldFirst(char c) {
    if (c < ASCII) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    char lc = c >= FOLD_FROM && c < FOLD_TO ? c : Character.toLowerCase(c);
    if (lc >= FOLD_FROM && lc < FOLD_TO && !FOLDS[lc - FOLD_FROM].isEmpty()) {
      return FOLDS[lc - FOLD_FROM].charAt(0);
    }
    return lc;
  }

  /**
   * Appends what {@link #key} makes of one letter inside a word to {@code buf} at {@code len} and
   * returns the new length: the letter lower-cased and its accents folded ("É" to "e", "ß" to
   * "ss"); a combining accent adds nothing. {@code buf} needs room for {@link #MAX_FOLD} more
   * chars. Not for {@code U+02BC}, the modifier apostrophe, which keys treat as decoration.
   */
  static int appendLetter(char c, char[] buf, int len) {
    if (c < ASCII) {
      buf[len] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      return len + 1;
    }
    if (isCombining(c)) {
      return len;
    }
    char lc = c;
    if (c < FOLD_FROM || c >= FOLD_TO) {
      lc = Character.toLowerCase(c);
      if (lc < FOLD_FROM || lc >= FOLD_TO) {
        buf[len] = lc;
        return len + 1;
      }
    }
    String folded = FOLDS[lc - FOLD_FROM];
    for (int i = 0; i < folded.length(); i++) {
      buf[len++] = folded.charAt(i);
    }
    return len;
  }

  /** Whether the char is a combining accent, which belongs to the letter before it. */
  static boolean isCombining(char c) {
    return c >= COMBINING_FROM && c < COMBINING_TO;
  }

  /** The number of space-separated tokens of a key that hold a letter or digit. */
  public static int words(String key) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0, n = key.length(); i <= n; i++) {
      char c = i < n ? key.charAt(i) : ' ';
      if (c == ' ') {
        count += inWord ? 1 : 0;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        inWord = true;
      }
    }
    return count;
  }

  private static byte[] buildAsciiKinds() {
    byte[] kinds = new byte[ASCII];
    for (char c = 0; c < ASCII; c++) {
      kinds[c] = Texts.isSpace(c) ? SPACE : isDecoration(c) ? DECORATION : CORE;
    }
    return kinds;
  }

  private static boolean isDash(char c) {
    return c >= '\u2010' && c <= '\u2015' || c == '\u2212';
  }

  private static String[] buildFolds() {
    String[] folds = new String[FOLD_TO - FOLD_FROM];
    for (char c = (char) FOLD_FROM; c < FOLD_TO; c++) {
      String lower = String.valueOf(Character.toLowerCase(c));
      String base = Normalizer.normalize(lower, Normalizer.Form.NFD);
      StringBuilder sb = new StringBuilder(base.length());
      for (int i = 0; i < base.length(); i++) {
        char b = base.charAt(i);
        if (b < COMBINING_FROM || b >= COMBINING_TO) {
          sb.append(b);
        }
      }
      folds[c - FOLD_FROM] = sb.toString();
    }
    // Letters with no decomposition that readers still type without the accent.
    fold(folds, '\u00df', "ss");
    fold(folds, '\u00c6', "ae");
    fold(folds, '\u00e6', "ae");
    fold(folds, '\u0152', "oe");
    fold(folds, '\u0153', "oe");
    fold(folds, '\u00d8', "o");
    fold(folds, '\u00f8', "o");
    fold(folds, '\u0110', "d");
    fold(folds, '\u0111', "d");
    fold(folds, '\u0141', "l");
    fold(folds, '\u0142', "l");
    fold(folds, '\u00d7', "x");
    fold(folds, '\u00f7', "\u00f7");
    // Some letters decompose into one of the letters above ("Ǣ" into "æ" and a macron):
    // fold the folds, so that a key's key is the key itself.
    for (int i = 0; i < folds.length; i++) {
      StringBuilder sb = new StringBuilder();
      for (char b : folds[i].toCharArray()) {
        sb.append(b >= FOLD_FROM && b < FOLD_TO && b - FOLD_FROM != i ? folds[b - FOLD_FROM] : String.valueOf(b));
      }
      folds[i] = sb.toString();
    }
    return folds;
  }

  private static int maxFold() {
    int max = 1;
    for (String f : FOLDS) {
      max = Math.max(max, f.length());
    }
    return max;
  }

  private static void fold(String[] folds, char c, String to) {
    folds[c - FOLD_FROM] = to;
  }
}
