package dev.winnow;

import dev.winnow.block.PageMetadata;
import dev.winnow.internal.AuthorNames;
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

  /** A paragraph longer than this is text that may mention a date, not a dateline. */
  static final int MAX_DATELINE = 60;

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
        if (!m.authors().isEmpty()) {
          authors = m.authors();
        } else if (authors.isEmpty()) {
          authors = visibleByline(a.paragraphs(), m.siteName());
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
        if (headline == null) {
          headline = m.headline();
        }
      }
      out.add(new Article(headline, a.section(), a.dek(), AuthorNames.join(authors), authors, date, modified,
          a.paragraphs()));
    }
    return out;
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
    return List.of();
  }

  /** The date of a short dateline at the body's start or end ("Erstellt am: 01.11.2023"), or null. */
  private static @Nullable String visibleDate(List<String> paragraphs, @Nullable String language) {
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      if (i >= EDGE && i < n - EDGE) {
        i = n - EDGE - 1;
        continue;
      }
      String p = paragraphs.get(i);
      String d = p.length() <= MAX_DATELINE ? VisibleDates.find(p, language) : null;
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The date a line states, or the line as it is when it states none this reads. */
  private static String readDate(String line, @Nullable String language) {
    String d = VisibleDates.find(line, language);
    return d != null ? d : line;
  }
}
