package dev.winnow;

import dev.winnow.block.PageMetadata;
import dev.winnow.internal.AuthorNames;
import dev.winnow.internal.SourceCredits;
import dev.winnow.internal.Texts;
import dev.winnow.internal.VisibleDates;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Settles each article's byline and dates after segmentation. A byline line ("Von Claudia
 * Riedler 19. Oktober 2019") becomes the names alone ({@link AuthorNames}), and a date line a date
 * ({@link VisibleDates}) where it reads as one. On an HTML page that is one article, or that says
 * it is an article ({@link PageMetadata#type()}), the first article takes the page's own
 * metadata over what its visible lines say: structured data and metas name authors and dates more
 * reliably than a line of text, and a visible line is only the last resort. Stateless.
 */
final class ArticleFields {
  /** How many paragraphs at each end of the body may hold a byline line. */
  static final int EDGE = 3;

  /** How many paragraphs at the body's end may be the writer's bare signature. */
  static final int SIGNATURE_EDGE = 2;

  /** A paragraph longer than this is text that may mention a date, not a dateline. */
  static final int MAX_DATELINE = 60;

  /** A stated headline shorter than this many letters is no headline to prefer to the page's line. */
  static final int MIN_STATED_LETTERS = 12;

  /** A headline line of at most this many words may be the truncated head or tail of the stated one. */
  static final int MAX_TRUNCATED_WORDS = 2;

  /** A headline line or stated headline longer than this is not reconciled: no headline is this long. */
  static final int MAX_HEADLINE = 1_000;

  private ArticleFields() {}

  static List<Article> settle(List<Article> articles, PageMetadata m, InputKind kind) {
    List<Article> out = new ArrayList<>(articles.size());
    boolean pageIsArticle = kind == InputKind.HTML && (articles.size() == 1 || "article".equals(m.type()));
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      List<String> authors = AuthorNames.parse(a.byline(), m.siteName());
      String date = a.date() == null || a.date().equals(m.published()) ? a.date() : readDate(a.date(), m.language());
      String modified = null;
      String headline = a.headline();
      if (i == 0 && pageIsArticle) {
        List<String> stated = m.authors();
        if (!stated.isEmpty() && !AuthorNames.weak(stated, m.siteName())) {
          authors = stated;
        } else if (authors.isEmpty() || !stated.isEmpty()) {
          // A login, an initialism or the publisher stated as the author loses to a person the
          // body names in full: "LN" in the structured data, "Von Cosima Künzel" under the text.
          List<String> visible = visibleByline(a.paragraphs(), m.siteName());
          authors = !visible.isEmpty() && (stated.isEmpty() || AuthorNames.allFullNames(visible)) ? visible : stated;
          if (visible.isEmpty()) {
            // The site stated as the author, or no one, where the text's foot credits the agency or
            // the broadcaster it came from: "Quelle: kathpress" on a page whose author is the site.
            String source = sourceCredit(a.paragraphs());
            if (source == null && authors.isEmpty() && !a.paragraphs().isEmpty()) {
              // Wire copy that names no one: the agency its dateline credits ("Hamburg (dpa/lno) –").
              source = SourceCredits.datelineAgency(a.paragraphs().get(0));
            }
            authors = source == null ? authors : List.of(source);
          }
        }
        if (m.published() != null) {
          date = m.published();
        } else if (date == null && a.byline() != null) {
          date = VisibleDates.find(a.byline(), m.language());
        }
        if (date == null) {
          date = visibleDate(a.paragraphs(), m.language());
        }
        modified = m.modified();
        headline = reconciled(headline, m.headline());
      } else if (i == 0 && kind == InputKind.HTML && headline == null) {
        // Text before the first headline of a page split into articles is the page's own: its
        // stated headline heads it.
        headline = m.headline();
      }
      out.add(new Article(headline, a.section(), a.dek(), AuthorNames.join(authors), authors, date, modified,
          a.paragraphs()));
    }
    return out;
  }

  /**
   * The article's headline line reconciled with the page's stated headline: the stated one when
   * the line has none, or when the line is the stated headline run together with a shorter kicker
   * or date before it, or a subtitle after it ({@code "Nach der Wahl Koalition steht"} stated
   * {@code "Koalition steht"}): the common part wins. A line of a word or two that opens or
   * ends the stated headline is cut short, and the stated one wins ({@link #isTruncation}). A line that goes on after a separator
   * ({@code "Bericht – worauf wartet die Politik?"}) is a longer headline, and stays.
   */
  static @Nullable String reconciled(@Nullable String line, @Nullable String stated) {
    if (line == null || stated == null) {
      return line == null ? stated : line;
    }
    if (line.length() > MAX_HEADLINE || stated.length() > MAX_HEADLINE) {
      return line;
    }
    String l = Texts.lettersAndDigits(line);
    String s = Texts.lettersAndDigits(stated);
    if (isTruncation(line, stated)) {
      return stated;
    }
    if (l.equals(s) && line.length() > stated.length() && line.contains(stated.strip())) {
      return stated; // the same words, the line with marks around them ("[> Jens Weber")
    }
    if (s.length() < MIN_STATED_LETTERS || l.length() <= s.length()) {
      return line;
    }
    if (l.endsWith(s) && l.length() - s.length() < s.length()) {
      return stated; // a kicker or date before the headline
    }
    if (l.startsWith(s)) {
      int at = charsOfLetters(line, s.length());
      String after = line.substring(at).strip();
      boolean separated = !after.isEmpty() && !Character.isLetterOrDigit(after.charAt(0))
          && after.charAt(0) != '"' && after.charAt(0) != '\u201e' && after.charAt(0) != '\u201c';
      return separated ? line : stated;
    }
    return line;
  }

  /**
   * Whether the line is the first or last word or two of the stated headline and no more: the
   * head of a heading whose rest the page sets in another box ({@code "Enchufla"} of "Enchufla
   * Figuren"), or the last part of a path-like title ({@code "Stammtisch"} of "HE:Kassel/Stammtisch").
   * A headline is seldom that short, and the stated one holds it whole.
   */
  static boolean isTruncation(String line, String stated) {
    List<String> mine = words(line);
    List<String> theirs = words(stated);
    if (mine.isEmpty() || mine.size() > MAX_TRUNCATED_WORDS || theirs.size() <= mine.size()) {
      return false;
    }
    return theirs.subList(0, mine.size()).equals(mine)
        || theirs.subList(theirs.size() - mine.size(), theirs.size()).equals(mine);
  }

  /** Lower-cased runs of letters and digits. */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    return out;
  }

  /** The index in s just past its first {@code n} letters and digits. */
  private static int charsOfLetters(String s, int n) {
    int seen = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i)) && ++seen == n) {
        return i + 1;
      }
    }
    return s.length();
  }

  /**
   * The names of a byline line at the body's start or end ("Von Daniela Obers", "Text: Ann Lee"),
   * where pages without byline markup put it; empty when none of those paragraphs is one.
   */
  private static List<String> visibleByline(List<String> paragraphs, @Nullable String siteName) {
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      if (i >= EDGE && i < n - EDGE) {
        i = n - EDGE - 1;
        continue;
      }
      List<String> names = AuthorNames.parseOpenedLine(paragraphs.get(i), siteName);
      if (!names.isEmpty()) {
        return names;
      }
    }
    // A writer's bare signature closes the text: "Stefan Wasmer" under the last sentence, as the
    // last paragraph or the last but one (before a date or the writer's role). After a line that
    // ends no sentence, two capitalized words are a list's item or a heading as often.
    for (int i = n - 1; i >= Math.max(1, n - SIGNATURE_EDGE); i--) {
      List<String> names = endsSentence(paragraphs.get(i - 1)) ? AuthorNames.signature(paragraphs.get(i)) : List.of();
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /** The source a credit line among the body's last paragraphs names ({@link SourceCredits}), or null. */
  private static @Nullable String sourceCredit(List<String> paragraphs) {
    for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - SIGNATURE_EDGE); i--) {
      String source = SourceCredits.credited(paragraphs.get(i));
      if (source != null) {
        return source;
      }
    }
    return null;
  }

  /** Whether a paragraph ends as a sentence does: a full stop, a question or an exclamation, maybe in quotes. */
  private static boolean endsSentence(String p) {
    int i = p.length() - 1;
    while (i > 0 && "\"'\u201c\u201d\u00bb\u00ab)".indexOf(p.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?\u2026".indexOf(p.charAt(i)) >= 0;
  }

  /**
   * The date of a short dateline at the body's start or end ("Erstellt am: 01.11.2023"), or of a
   * paragraph there that opens with its date and a dash, or null.
   */
  private static @Nullable String visibleDate(List<String> paragraphs, @Nullable String language) {
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      if (i >= EDGE && i < n - EDGE) {
        i = n - EDGE - 1;
        continue;
      }
      String p = paragraphs.get(i);
      String d = p.length() <= MAX_DATELINE || opensWithDateline(p) ? VisibleDates.find(p, language) : null;
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * Whether a paragraph opens as a press release does, with its date and a dash before the text:
   * {@code "29.11.2022 – Mehrfach hatte die Branche ..."}.
   */
  private static boolean opensWithDateline(String paragraph) {
    int end = VisibleDates.leadingDateEnd(paragraph.length() > MAX_DATELINE ? paragraph.substring(0, MAX_DATELINE) : paragraph);
    if (end < 0) {
      return false;
    }
    String rest = paragraph.substring(end).stripLeading();
    return !rest.isEmpty() && (rest.charAt(0) == '-' || rest.charAt(0) == '\u2013' || rest.charAt(0) == '\u2014');
  }

  /** The date a line states, or the line as it is when it states none this reads. */
  private static String readDate(String line, @Nullable String language) {
    String d = VisibleDates.find(line, language);
    return d != null ? d : line;
  }
}
