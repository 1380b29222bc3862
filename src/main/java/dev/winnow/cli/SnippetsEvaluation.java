package dev.winnow.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.winnow.Article;
import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.output.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * {@link Evaluate}'s snippets mode: runs the news pipeline on every page of a folder shaped like
 * {@code snippets-dev} ({@code expectations.json} and {@code html/<name>.gz} or {@code html/<name>})
 * and scores it exactly as the folder's {@code score.py} does: a snippet is present when its
 * whitespace-folded form is a case-sensitive substring of the folded body, counts are summed over
 * pages, F1 = 2tp / (2tp + fp + fn); the first article's headline must equal the expected title
 * after folding; the byline's names, casefolded and without a leading "By"/"Von"/…, must equal
 * the expected author's as a set; the date's first ten characters must equal the expected date's.
 * Ends with score.py's own line.
 */
final class SnippetsEvaluation {

  /** The floors a run must reach; a negative value is no floor. */
  record Floors(double minF1, double minHeadline, double minByline, double minDate) {}

  /** The sums score.py keeps. */
  static final class Tally {
    int docs;
    int missing;
    int tp;
    int fp;
    int fn;
    int tn;
    int titles;
    int titlesOk;
    int authors;
    int authorsOk;
    int dates;
    int datesOk;

    double f1() {
      return tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double headline() {
      return (double) titlesOk / Math.max(1, titles);
    }

    double byline() {
      return (double) authorsOk / Math.max(1, authors);
    }

    double date() {
      return (double) datesOk / Math.max(1, dates);
    }

    void add(Tally o) {
      docs += o.docs;
      missing += o.missing;
      tp += o.tp;
      fp += o.fp;
      fn += o.fn;
      tn += o.tn;
      titles += o.titles;
      titlesOk += o.titlesOk;
      authors += o.authors;
      authorsOk += o.authorsOk;
      dates += o.dates;
      datesOk += o.datesOk;
    }

    /** Which of the headline, byline and date this tally (of one page) missed. */
    List<String> missedFields() {
      List<String> missed = new ArrayList<>(3);
      if (titlesOk < titles) {
        missed.add("headline");
      }
      if (authorsOk < authors) {
        missed.add("byline");
      }
      if (datesOk < dates) {
        missed.add("date");
      }
      return missed;
    }

    /** score.py's line, figure for figure. */
    String line() {
      return "docs=" + docs + " missing_outputs=" + missing + " f1=" + py(f1()) + " precision=" + py(precision())
          + " recall=" + py(recall()) + " accuracy=" + py((double) (tp + tn) / Math.max(1, tp + tn + fp + fn))
          + " headline_exact=" + py(headline()) + " byline_exact=" + py(byline()) + " date_exact=" + py(date())
          + " titled=" + titles + " authored=" + authors + " dated=" + dates;
    }
  }

  /** Python's {@code \s} in a str pattern, and what {@code str.strip()} removes. */
  private static final Pattern SPACES = Pattern.compile(
      "[ \\t\\n\\r\\f\\u000b\\u001c-\\u001f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+");
  private static final String PY_SPACE = "[ \\t\\n\\r\\f\\u000b\\u001c-\\u001f\\u0085\\u00a0\\u1680\\u2000-\\u200a"
      + "\\u2028\\u2029\\u202f\\u205f\\u3000]";
  private static final Pattern OPENER = Pattern.compile("^(by|von|par|por|di|de)" + PY_SPACE + "+");
  private static final Pattern NAME_SPLIT = Pattern.compile(
      PY_SPACE + "*(?:;|,| and | und | et | y | e |&)" + PY_SPACE + "*");

  private SnippetsEvaluation() {}

  /**
   * Scores the dataset and prints score.py's line; returns 1 when a figure misses its floor.
   *
   * @param worst how many of the pages with the most misses to list after the figures
   * @param dump where to write each page's result as JSON ({@code <stem>.json}, which score.py reads), or null
   */
  static int run(Path dataset, Floors floors, int worst, @Nullable Path dump, PrintStream out, PrintStream err)
      throws IOException {
    JsonObject expectations;
    try (Reader r = Files.newBufferedReader(dataset.resolve("expectations.json"), StandardCharsets.UTF_8)) {
      expectations = JsonParser.parseReader(r).getAsJsonObject();
    }
    if (dump != null) {
      Files.createDirectories(dump);
    }
    Pipeline pipeline = Pipeline.news();
    Tally t = new Tally();
    Map<String, Tally> pages = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : expectations.entrySet()) {
      String name = e.getKey();
      String stem = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
      Result result = null;
      try {
        byte[] page = read(dataset.resolve("html"), name);
        if (page != null) {
          result = pipeline.process(Input.bytes(page, InputKind.HTML).named(name));
        }
      } catch (RuntimeException | StackOverflowError ex) {
        err.println(name + ": " + ex);
      }
      if (result != null && dump != null) {
        Files.writeString(dump.resolve(stem + ".json"), Format.JSON.write(result, false) + "\n", StandardCharsets.UTF_8);
      }
      Tally page = new Tally();
      score(e.getValue().getAsJsonObject(), result, page);
      t.add(page);
      pages.put(name, page);
    }
    out.println(t.line());
    printWorst(pages, worst, out);
    boolean failed = false;
    failed |= below(out, "f1", t.f1(), floors.minF1());
    failed |= below(out, "headline", t.headline(), floors.minHeadline());
    failed |= below(out, "byline", t.byline(), floors.minByline());
    failed |= below(out, "date", t.date(), floors.minDate());
    return failed ? 1 : 0;
  }

  /**
   * The pages with the most snippets scored wrong (a wanted one lost, or an unwanted one kept),
   * then the most fields missed; pages with no miss are not listed.
   */
  private static void printWorst(Map<String, Tally> pages, int worst, PrintStream out) {
    Comparator<Map.Entry<String, Tally>> byMisses = Comparator.comparingInt(
        (Map.Entry<String, Tally> e) -> e.getValue().fn + e.getValue().fp)
        .thenComparingInt(e -> e.getValue().missedFields().size())
        .reversed()
        .thenComparing(Map.Entry::getKey);
    List<Map.Entry<String, Tally>> rows = pages.entrySet().stream()
        .filter(e -> e.getValue().fn + e.getValue().fp > 0 || !e.getValue().missedFields().isEmpty())
        .sorted(byMisses)
        .limit(Math.max(0, worst))
        .toList();
    if (rows.isEmpty()) {
      return;
    }
    out.println("worst pages (snippets lost, unwanted kept, fields missed, page):");
    for (Map.Entry<String, Tally> r : rows) {
      Tally p = r.getValue();
      List<String> fields = p.missedFields();
      out.printf(Locale.ROOT, "  %3d %3d  %-22s %s%n", p.fn, p.fp, fields.isEmpty() ? "-" : String.join(" ", fields),
          r.getKey());
    }
  }

  private static boolean below(PrintStream out, String what, double value, double floor) {
    if (floor >= 0 && value < floor) {
      out.printf(Locale.ROOT, "FAIL: %s %.4f is below the floor %.4f%n", what, value, floor);
      return true;
    }
    return false;
  }

  /** The page's bytes: {@code html/<name>.gz} decompressed, else {@code html/<name>}; null when neither is there. */
  private static byte @Nullable [] read(Path html, String name) throws IOException {
    Path gz = html.resolve(name + ".gz");
    if (Files.isRegularFile(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    Path plain = html.resolve(name);
    return Files.isRegularFile(plain) ? Files.readAllBytes(plain) : null;
  }

  /** Adds one page to the tally, as score.py's loop body does; a null result is a missing output. */
  static void score(JsonObject e, @Nullable Result result, Tally t) {
    t.docs++;
    if (result == null) {
      t.missing++;
    }
    List<Article> arts = result == null ? List.of() : result.articles();
    List<String> bodies = new ArrayList<>();
    for (Article a : arts) {
      bodies.add(String.join(" ", a.paragraphs()));
    }
    String text = fold(String.join(" ", bodies));
    for (String s : strings(e.get("with"))) {
      if (text.contains(fold(s))) {
        t.tp++;
      } else {
        t.fn++;
      }
    }
    for (String s : strings(e.get("without"))) {
      if (text.contains(fold(s))) {
        t.fp++;
      } else {
        t.tn++;
      }
    }
    Article first = arts.isEmpty() ? null : arts.get(0);
    String title = string(e.get("title"));
    if (!title.isEmpty()) {
      t.titles++;
      String got = first == null ? "" : fold(orEmpty(first.headline()));
      t.titlesOk += got.equals(fold(title)) ? 1 : 0;
    }
    JsonElement author = e.get("author");
    if (truthy(author)) {
      t.authors++;
      String byline = first != null && !orEmpty(first.byline()).isEmpty() ? first.byline()
          : result == null ? "" : orEmpty(result.metadata().byline());
      String expected = author.isJsonArray() ? String.join("; ", strings(author)) : string(author);
      t.authorsOk += person(byline).equals(person(expected)) ? 1 : 0;
    }
    String date = string(e.get("date"));
    if (!date.isEmpty()) {
      t.dates++;
      String got = first != null && !orEmpty(first.date()).isEmpty() ? first.date()
          : result == null ? "" : orEmpty(result.metadata().published());
      t.datesOk += head10(got).equals(head10(date)) ? 1 : 0;
    }
  }

  /** score.py's {@code person}: the names of a byline, casefolded, without the opening word, sorted. */
  static List<String> person(String s) {
    String v = OPENER.matcher(casefold(fold(s))).replaceFirst("");
    List<String> names = new ArrayList<>();
    for (String p : NAME_SPLIT.split(v, -1)) {
      String name = stripSpaceDot(p);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    names.sort(null);
    return names;
  }

  /** Python's {@code re.sub(r'\s+', ' ', s).strip()}. */
  static String fold(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Python's {@code str.casefold()} for the letters bylines hold. */
  private static String casefold(String s) {
    return s.toLowerCase(Locale.ROOT).replace("\u00df", "ss").replace('\u03c2', '\u03c3');
  }

  private static String stripSpaceDot(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '.')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '.')) {
      to--;
    }
    return s.substring(from, to);
  }

  private static String head10(String s) {
    return s.codePointCount(0, s.length()) <= 10 ? s : s.substring(0, s.offsetByCodePoints(0, 10));
  }

  private static boolean truthy(@Nullable JsonElement v) {
    if (v == null || v.isJsonNull()) {
      return false;
    }
    if (v.isJsonArray()) {
      return !v.getAsJsonArray().isEmpty();
    }
    return !(v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() && v.getAsString().isEmpty());
  }

  private static String string(@Nullable JsonElement v) {
    return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : "";
  }

  private static List<String> strings(@Nullable JsonElement v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isJsonArray()) {
      JsonArray a = v.getAsJsonArray();
      for (JsonElement x : a) {
        if (x.isJsonPrimitive() && x.getAsJsonPrimitive().isString()) {
          out.add(x.getAsString());
        }
      }
    }
    return out;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** Python's {@code '%.3f'}: the exact value rounded half to even. */
  private static String py(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }
}
