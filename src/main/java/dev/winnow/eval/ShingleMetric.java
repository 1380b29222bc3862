package dev.winnow.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Article Extraction Benchmark's metric, so that figures here compare with its public table:
 * tokens are maximal runs of Unicode letters, digits and {@code _}; a text is the multiset of its
 * 4-token shingles; a page scores precision and recall over the union of the two multisets.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * PageScore s = ShingleMetric.score(expectedBody, extractedBody);
 * double p = s.precision(), r = s.recall();
 * }</pre>
 *
 * @since 0.1
 */
public final class ShingleMetric {
  /** Tokens per shingle. */
  public static final int SHINGLE = 4;

  private ShingleMetric() {}

  /**
   * The text's tokens: maximal runs of code points of general category Lu, Ll, Lt, Lm, Lo, Nd, Nl
   * or No, or {@code _}. Combining marks split tokens, as in the reference metric.
   */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean word = isTokenChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  static boolean isTokenChar(int cp) {
    if (cp == '_') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** The multiset of shingles of a token list, as shingle to count. */
  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < SHINGLE) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  /** Scores one page's extracted text against the expected text. */
  public static PageScore score(String expected, String extracted) {
    List<String> expTokens = tokens(expected);
    List<String> extTokens = tokens(extracted);
    Map<List<String>, Integer> exp = shingles(expTokens);
    Map<List<String>, Integer> ext = shingles(extTokens);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : exp.entrySet()) {
      int x = ext.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), x);
      fn += Math.max(0, e.getValue() - x);
    }
    for (Map.Entry<List<String>, Integer> e : ext.entrySet()) {
      fp += Math.max(0, e.getValue() - exp.getOrDefault(e.getKey(), 0));
    }
    double precision;
    double recall;
    if (fp == 0 && fn == 0) {
      precision = 1;
      recall = 1;
    } else {
      precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }
    return new PageScore(precision, recall, !ext.isEmpty(), !exp.isEmpty(), expTokens.equals(extTokens));
  }
}
