package dev.winnow.eval;

import dev.winnow.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The listing benchmark's metric ({@code listing-dev-text/score.py}), so that a gate in Java
 * reports the figures the scorer would: per page, extracted articles are aligned to gold ones
 * greedily by body token overlap (bags of casefolded {@code \w+} tokens, Python's Unicode
 * semantics); aligned pairs give body token tp/fp/fn, headline and section matches; unaligned
 * gold articles are all missed, unaligned extracted ones all surplus; a gold article's optional
 * lines are neither. Leaks are gold noise lines that came out as a paragraph, a line of one or a
 * headline; lost paragraphs are gold paragraphs no extracted paragraph equals or contains at
 * whitespace boundaries. Stateless and thread-safe.
 *
 * <pre>{@code
 * ListingScore page = ListingMetric.score(gold, PIPELINE.process(input).articles());
 * double f1 = page.f1();
 * System.out.println(ListingSummary.of(List.of(page, otherPage)).line());
 * }</pre>
 *
 * @since 0.1
 */
public final class ListingMetric {
  private ListingMetric() {}

  /** One extracted article as the scorer sees it: blank paragraphs and optional lines dropped. */
  private record Predicted(Article article, List<String> paragraphs, Map<String, Integer> bag) {}

  /** A candidate alignment, ordered as the scorer sorts its {@code (-overlap, gold, predicted)}. */
  private record Candidate(long overlap, int gold, int predicted) {}

  /** Scores one page's extracted articles against its gold. */
  public static ListingScore score(ListingGold gold, List<Article> extracted) {
    List<GoldArticle> garts = gold.articles();
    Set<String> optionalLines = new HashSet<>();
    for (GoldArticle g : garts) {
      g.optional().forEach(o -> optionalLines.add(ScorerText.normWs(o)));
    }
    List<Predicted> pred = new ArrayList<>(extracted.size());
    for (Article a : extracted) {
      List<String> kept = new ArrayList<>();
      for (String p : a.paragraphs()) {
        String n = ScorerText.normWs(p);
        if (!n.isEmpty() && !optionalLines.contains(n)) {
          kept.add(p);
        }
      }
      pred.add(new Predicted(a, kept, bag(kept)));
    }
    List<Map<String, Integer>> goldBags = new ArrayList<>();
    List<Map<String, Integer>> optionalBags = new ArrayList<>();
    Map<String, Integer> pageOptional = new HashMap<>();
    for (GoldArticle g : garts) {
      goldBags.add(bag(g.paragraphs()));
      Map<String, Integer> o = bag(g.optional());
      optionalBags.add(o);
      o.forEach((t, n) -> pageOptional.merge(t, n, Math::max));
    }

    int[] match = align(goldBags, pred);
    boolean[] used = new boolean[pred.size()];
    long tp = 0;
    long fp = 0;
    long fn = 0;
    int headlines = 0;
    int sections = 0;
    for (int gi = 0; gi < garts.size(); gi++) {
      Map<String, Integer> gb = goldBags.get(gi);
      if (match[gi] < 0) {
        fn += size(gb);
        continue;
      }
      used[match[gi]] = true;
      Predicted p = pred.get(match[gi]);
      GoldArticle g = garts.get(gi);
      tp += overlap(gb, p.bag());
      Map<String, Integer> surplus = minus(p.bag(), gb);
      fp += size(surplus) - overlap(surplus, optionalBags.get(gi));
      fn += size(minus(gb, p.bag()));
      if (ScorerText.normHeadline(p.article().headline()).equals(ScorerText.normHeadline(g.headline()))) {
        headlines++;
      }
      if (ScorerText.normWs(p.article().section()).equals(ScorerText.normWs(g.section()))) {
        sections++;
      }
    }
    for (int pi = 0; pi < pred.size(); pi++) {
      if (!used[pi]) {
        fp += size(pred.get(pi).bag()) - overlap(pred.get(pi).bag(), pageOptional);
      }
    }
    int goldParagraphs = 0;
    for (GoldArticle g : garts) {
      goldParagraphs += g.paragraphs().size();
    }
    return new ListingScore(garts.size(), pred.size(), tp, fp, fn, headlines, sections, leaks(gold, pred),
        lost(garts, pred), goldParagraphs);
  }

  /** For each gold article the index of its extracted article, or -1: largest overlap first. */
  private static int[] align(List<Map<String, Integer>> goldBags, List<Predicted> pred) {
    List<Candidate> candidates = new ArrayList<>();
    for (int gi = 0; gi < goldBags.size(); gi++) {
      for (int pi = 0; pi < pred.size(); pi++) {
        long ov = overlap(goldBags.get(gi), pred.get(pi).bag());
        if (ov > 0) {
          candidates.add(new Candidate(ov, gi, pi));
        }
      }
    }
    candidates.sort((a, b) -> a.overlap() != b.overlap() ? Long.compare(b.overlap(), a.overlap())
        : a.gold() != b.gold() ? Integer.compare(a.gold(), b.gold()) : Integer.compare(a.predicted(), b.predicted()));
    int[] match = new int[goldBags.size()];
    Arrays.fill(match, -1);
    boolean[] taken = new boolean[pred.size()];
    for (Candidate c : candidates) {
      if (match[c.gold()] < 0 && !taken[c.predicted()]) {
        match[c.gold()] = c.predicted();
        taken[c.predicted()] = true;
      }
    }
    return match;
  }

  /** Distinct noise lines that came out whole: as a headline, a paragraph, or a line of one. */
  private static List<String> leaks(ListingGold gold, List<Predicted> pred) {
    Set<String> content = new HashSet<>();
    for (GoldArticle a : gold.articles()) {
      a.paragraphs().forEach(p -> content.add(ScorerText.normWs(p)));
      content.add(ScorerText.normWs(a.headline()));
      content.add(ScorerText.normWs(a.section()));
      a.optional().forEach(o -> content.add(ScorerText.normWs(o)));
    }
    Set<String> noise = new HashSet<>();
    for (String n : gold.noise()) {
      String norm = ScorerText.normWs(n);
      if (!norm.isEmpty() && !content.contains(norm)) {
        noise.add(norm);
      }
    }
    // Sorted for reading only: by UTF-16 unit, which differs from Python's code point order only
    // around supplementary characters.
    Set<String> leaked = new TreeSet<>();
    for (Predicted p : pred) {
      List<String> candidates = new ArrayList<>();
      if (p.article().headline() != null) {
        candidates.add(p.article().headline());
      }
      for (String para : p.paragraphs()) {
        candidates.add(para);
        List<String> lines = ScorerText.lines(para);
        if (lines.size() > 1) {
          candidates.addAll(lines);
        }
      }
      for (String c : candidates) {
        String norm = ScorerText.normWs(c);
        if (noise.contains(norm)) {
          leaked.add(norm);
        }
      }
    }
    return List.copyOf(leaked);
  }

  /** Gold paragraphs that no extracted paragraph equals or holds between spaces. */
  private static List<String> lost(List<GoldArticle> garts, List<Predicted> pred) {
    List<String> extracted = new ArrayList<>();
    for (Predicted p : pred) {
      p.paragraphs().forEach(para -> extracted.add(ScorerText.normWs(para)));
    }
    Set<String> exact = new HashSet<>(extracted);
    List<String> lost = new ArrayList<>();
    for (GoldArticle a : garts) {
      for (String para : a.paragraphs()) {
        String g = ScorerText.normWs(para);
        boolean found = exact.contains(g)
            || extracted.stream().anyMatch(p -> p.length() > g.length() && ScorerText.contained(g, p));
        if (!found) {
          lost.add(para);
        }
      }
    }
    return lost;
  }

  /** The bag of casefolded word tokens of some lines, as token to count. */
  static Map<String, Integer> bag(List<String> lines) {
    Map<String, Integer> bag = new HashMap<>();
    for (String line : lines) {
      for (String t : ScorerText.tokens(line)) {
        bag.merge(t, 1, Integer::sum);
      }
    }
    return bag;
  }

  private static long size(Map<String, Integer> bag) {
    long n = 0;
    for (int c : bag.values()) {
      n += c;
    }
    return n;
  }

  /** The size of the multiset intersection (Python's {@code size(a & b)}). */
  private static long overlap(Map<String, Integer> a, Map<String, Integer> b) {
    long n = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    return n;
  }

  /** The multiset difference, counts below one dropped (Python's {@code a - b}). */
  private static Map<String, Integer> minus(Map<String, Integer> a, Map<String, Integer> b) {
    Map<String, Integer> out = new HashMap<>();
    a.forEach((t, n) -> {
      int left = n - b.getOrDefault(t, 0);
      if (left > 0) {
        out.put(t, left);
      }
    });
    return out;
  }
}
