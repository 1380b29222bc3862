package dev.winnow.segment;

import dev.winnow.Article;
import dev.winnow.PageKind;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.block.PageMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Splits a page into articles by the labels filters left: a {@link Label#SECTION} or
 * {@link Label#HEADLINE} block opens a new article, a {@link Label#STUB} or {@link Label#BOUNDARY}
 * closes the open one, {@link Label#DEK}, {@link Label#BYLINE} and {@link Label#DATE} fill its
 * fields, every other kept block is a body paragraph. A byline or date below the prose of the
 * open article opens the next one (it was found above that one's headline): the article's fields
 * come before its paragraphs, and output follows the page's reading order. An article with no body paragraph is
 * dropped (a section label with nothing under it, a headline with no text). Fields the page
 * states in its metadata fill the gaps of a single article. The page kind is the one a filter
 * {@linkplain Page#setKind stated}; when none did, a page of more than one article is a listing.
 * A page that yields no article is {@link PageKind#NONE}, whatever a filter judged it.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class LabelSegmenter implements Segmenter {
  /** The segmenter's name in the reasons it gives. */
  private static final String NAME = "LabelSegmenter";

  @Override
  public Segmentation segment(Page page) {
    List<Article> articles = new ArrayList<>();
    Draft draft = new Draft();
    for (Block b : page.blocks()) {
      if (page.has(b, Label.STUB) || page.has(b, Label.BOUNDARY)) {
        draft = draft.close(articles);
      }
      if (!page.isKept(b)) {
        continue;
      }
      String text = b.text();
      if (page.has(b, Label.SECTION)) {
        draft = draft.close(articles);
        draft.section = text;
      } else if (page.has(b, Label.HEADLINE)) {
        if (draft.headline != null || !draft.paragraphs.isEmpty()) {
          String section = draft.paragraphs.isEmpty() ? draft.section : null;
          draft = draft.close(articles);
          draft.section = section;
        }
        draft.headline = text;
      } else if (page.has(b, Label.DEK) && draft.dek == null && draft.paragraphs.isEmpty()) {
        draft.dek = text;
      } else if (page.has(b, Label.BYLINE) && (draft.byline == null || draft.prose)) {
        draft = draft.closeBody(articles);
        draft.byline = text;
      } else if (page.has(b, Label.DATE) && (draft.date == null || draft.prose)) {
        draft = draft.closeBody(articles);
        draft.date = text;
      } else {
        draft.paragraphs.add(text);
        draft.prose |= b.endsSentence();
      }
    }
    draft.close(articles);
    carrySections(articles);
    if (articles.size() == 1) {
      articles.set(0, fillFromMetadata(articles.get(0), page.metadata()));
    }
    PageKind judged = page.kind();
    PageKind kind = articles.isEmpty() ? PageKind.NONE
        : judged != null ? judged : articles.size() > 1 ? PageKind.LISTING : PageKind.ARTICLE;
    String reason;
    if (articles.isEmpty()) {
      reason = NAME + ": no article, nothing kept to make one of"
          + (judged != null ? " (judged " + judged.id() + " by " + page.kindReason() + ")" : "");
    } else if (judged != null) {
      reason = Objects.requireNonNull(page.kindReason());
    } else {
      reason = NAME + ": no filter judged the page; its headline and stub labels split it into "
          + articles.size() + (articles.size() == 1 ? " article" : " articles");
    }
    return new Segmentation(kind, articles, reason);
  }

  /**
   * On a section front a section label heads every article under it, up to the next label: an
   * article with no label of its own, after one that had a label, stands in that section. Only
   * on pages where two articles or more carry a label: that is what shows a section front.
   */
  private static void carrySections(List<Article> articles) {
    int labelled = 0;
    for (Article a : articles) {
      labelled += a.section() != null ? 1 : 0;
    }
    if (labelled < 2) {
      return; // one label on the page may be a masthead or a menu's last item, no section front
    }
    String section = null;
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (a.section() != null) {
        section = a.section();
      } else if (section != null && a.headline() != null) {
        articles.set(i, new Article(a.headline(), section, a.dek(), a.byline(), a.date(), a.paragraphs()));
      }
    }
  }

  private static Article fillFromMetadata(Article a, PageMetadata m) {
    return new Article(
        a.headline() != null ? a.headline() : m.headline(),
        a.section() != null ? a.section() : m.section(),
        a.dek(),
        a.byline() != null ? a.byline() : m.byline(),
        a.date() != null ? a.date() : m.published(),
        a.paragraphs());
  }

  /** An article being collected. */
  private static final class Draft {
    @Nullable String section;
    @Nullable String headline;
    @Nullable String dek;
    @Nullable String byline;
    @Nullable String date;
    final List<String> paragraphs = new ArrayList<>();
    /** Whether a paragraph of the body ends a sentence: lines that end none may be a head no label marked. */
    boolean prose;

    /**
     * Before a byline or a date: when this draft has a body of prose already, the line is no field
     * of its (it stands below its paragraphs, and an article's fields come before them) but the
     * head of the next article, found above its headline. Closes this draft then, and returns the
     * one the line opens; else returns this one.
     */
    Draft closeBody(List<Article> out) {
      return prose ? close(out) : this;
    }

    /** Adds this draft to the list when it has a body, and returns a fresh one. */
    Draft close(List<Article> out) {
      if (!paragraphs.isEmpty()) {
        out.add(new Article(headline, section, dek, byline, date, paragraphs));
      }
      return new Draft();
    }
  }
}
