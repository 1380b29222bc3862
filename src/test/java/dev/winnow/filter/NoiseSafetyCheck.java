package dev.winnow.filter;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Pipeline;
import dev.winnow.block.Block;
import dev.winnow.block.Decision;
import dev.winnow.block.Page;
import dev.winnow.filter.noise.WidgetRemainderFilter;
import dev.winnow.internal.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The noise filters' safety check against the dev benchmark: runs the news chain over every page
 * of {@code ../shared/bench/articles-dev-text/pages} (text dumps) and {@code articles-dev/html},
 * and lists each block a noise filter removed that is article text by the ground truth: a whole
 * paragraph of {@code articleBody}, or a block of {@value #MIN_CONTAINED_WORDS} words or more
 * found inside it. Used by {@link NoiseSafetyTest}; {@code main} prints the listing.
 */
final class NoiseSafetyCheck {
  public static final Path BENCH = Path.of("..", "shared", "bench");

  /** Removed blocks this long that occur in the body are article text, even as part of a paragraph. */
  public static final int MIN_CONTAINED_WORDS = 5;

  /** The last noise filter of the news chain: what comes after it is structure, not noise. */
  public static final String LAST_NOISE_FILTER = "WidgetRemainderFilter";

  private NoiseSafetyCheck() {}

  /** One removed block that the ground truth says is article text. */
  record Hit(String page, InputKind kind, int block, String text, String filter, String reason) {
    @Override
    public String toString() {
      return kind + " " + page.substring(0, 12) + " #" + block + " [" + filter + ": " + reason + "] "
          + (text.length() > 120 ? text.substring(0, 117) + "..." : text);
    }
  }

  public static boolean available() {
    return Files.isDirectory(BENCH.resolve("articles-dev-text/pages"));
  }

  public static List<Hit> textHits(Pipeline pipeline) {
    return hits(pipeline, BENCH.resolve("articles-dev-text"), "pages", ".txt", InputKind.TEXT);
  }

  public static List<Hit> htmlHits(Pipeline pipeline) {
    return hits(pipeline, BENCH.resolve("articles-dev"), "html", ".html", InputKind.HTML);
  }

  private static List<Hit> hits(Pipeline pipeline, Path dir, String sub, String ext, InputKind kind) {
    try {
      JsonObject truth = JsonParser.parseString(Files.readString(dir.resolve("ground-truth.json"),
          StandardCharsets.UTF_8)).getAsJsonObject();
      List<Path> files;
      try (Stream<Path> s = Files.list(dir.resolve(sub))) {
        files = s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
      }
      Set<String> noise = noiseFilters(pipeline);
      List<Hit> out = new ArrayList<>();
      for (Path f : files) {
        String id = f.getFileName().toString();
        id = id.substring(0, id.length() - ext.length());
        JsonElement page = truth.get(id);
        if (page == null) {
          continue;
        }
        String body = page.getAsJsonObject().get("articleBody").getAsString();
        String content = Files.readString(f, StandardCharsets.UTF_8);
        Page p = pipeline.clean(kind == InputKind.TEXT ? Input.text(content) : Input.html(content));
        out.addAll(check(id, kind, p, body, noise));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the pipeline's noise filters: all up to and including {@link #LAST_NOISE_FILTER}. */
  public static Set<String> noiseFilters(Pipeline pipeline) {
    Set<String> names = new HashSet<>();
    for (Filter f : pipeline.filters()) {
      names.add(f.name());
      if (f.name().equals(LAST_NOISE_FILTER)) {
        return names;
      }
    }
    throw new IllegalStateException("no " + LAST_NOISE_FILTER + " in " + pipeline);
  }

  /** The removals by the given filters on the page that are article text by the body. */
  public static List<Hit> check(String id, InputKind kind, Page page, String body, Set<String> noise) {
    Set<String> paragraphs = new HashSet<>();
    for (String para : body.split("\n\\s*\n")) {
      String f = Texts.fold(para);
      if (!f.isEmpty()) {
        paragraphs.add(f);
      }
    }
    String folded = Texts.fold(body);
    List<Hit> out = new ArrayList<>();
    for (Block b : page.blocks()) {
      Decision d = page.removal(b).orElse(null);
      if (d == null || !noise.contains(d.filter())) {
        continue;
      }
      String text = unbullet(b.text());
      if (!hasToken(text)) {
        // No letter, digit or underscore: nothing the benchmark's metric counts (a zero-width space).
        continue;
      }
      boolean isBody = paragraphs.contains(text)
          || b.wordCount() >= MIN_CONTAINED_WORDS && folded.contains(text);
      if (isBody) {
        out.add(new Hit(id, kind, b.index(), b.text(), d.filter(), d.reason()));
      }
    }
    return out;
  }

  private static boolean hasToken(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_') {
        return true;
      }
    }
    return false;
  }

  /** The text without a w3m list bullet ("* ") in front. */
  private static String unbullet(String text) {
    String t = text;
    while (t.startsWith("* ") || t.startsWith("\u2022 ")) {
      t = t.substring(2).strip();
    }
    return t;
  }

  public static void main(String[] args) {
    Pipeline news = Pipeline.news();
    List<Hit> text = textHits(news);
    text.forEach(System.out::println);
    System.out.println("text dumps: " + text.size() + " removed blocks are article text");
    if (args.length == 0 || !args[0].equals("text")) {
      List<Hit> html = htmlHits(news);
      html.forEach(System.out::println);
      System.out.println("html pages: " + html.size() + " removed blocks are article text");
    }
  }
}
