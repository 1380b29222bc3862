package dev.winnow.filter.noise;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import dev.winnow.InputKind;
import dev.winnow.PageKind;
import dev.winnow.analysis.ArticleHeads;
import dev.winnow.analysis.SeeAlsoLines;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.filter.structure.HeadlineFilter;
import dev.winnow.internal.Texts;
import java.util.List;
import java.util.Locale;

/**
 * Removes a link to another story set into an article's body: a short label, a colon, and the
 * other story's title, on a line of its own ("Read more: Nadal keeps Spain alive", "SEE ALSO:
 * ...", "Te puede interesar: ...", "Leia também: ...", "Auch interessant: ..."). The labels
 * differ by language and site, so it goes by the line's shape: one to three words with no digit
 * before the colon, then a title of four words or more, opening with a capital or a digit and
 * ending no sentence with a full stop. A line of prose ("Note: the game was called off.") ends
 * with one; a sub-heading ("Our partner: eZ Systems") is shorter; a headline, a section, a dek or
 * a byline is labelled as such and left alone. Only lines with kept prose before them are looked
 * at: an article's body, not its head. A label that opens several such lines is a speaker's name
 * in a dialogue ("Prof. Carlos: ..."), and stays. By shape alone on plain-text listing pages only: HTML's
 * markup says what is a list item and what a related link, and on a story page the shape is an
 * interview's "Q: ..." as often.
 *
 * <p>A label of the {@code see-also} vocabulary ("SEE ALSO", "Lire aussi", "Leia também", "Auch
 * interessant", "Mira"), before a colon or a dash, says so whatever the page: such a line goes on
 * any plain-text page, and on an HTML page when at least half its text is a link ("Read more:
 * &lt;a&gt;Title&lt;/a&gt;"); {@link ArticleHeads} never takes it for an article's headline.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.news();   // runs it after HeadlineFilter
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InlineTeaserFilter implements Filter {
  /** The most words of the label before the colon. */
  static final int LABEL_MAX_WORDS = 3;

  /** The fewest words of the title after the colon. */
  static final int TITLE_MIN_WORDS = 4;

  /** Past this many words a line is a paragraph, whatever its shape. */
  static final int LINE_MAX_WORDS = 30;


  /** The least share of a see-also line's text in links on an HTML page: its title is the link. */
  static final double MIN_HTML_LINK_DENSITY = 0.5;

  @Override
  public void apply(Page page) {
    // HTML says what a link is: there a see-also line must be one ("Read more: <a>Title</a>"),
    // and a label and a title alone are never enough.
    boolean html = page.input() == InputKind.HTML;
    // On a story page the bare shape is an interview's "Q: ..." and "A: ...", a speaker's line or
    // a sub-heading as often: there only a see-also label says it.
    boolean byShape = !html && page.kind() == PageKind.LISTING;
    List<Block> kept = page.kept();
    Multiset<String> labels = byShape ? labels(kept) : ImmutableMultiset.of();
    boolean proseAbove = false;
    for (Block b : kept) {
      if (proseAbove && !page.hasLabelOtherThan(b, Label.CONTENT)) {
        int label = SeeAlsoLines.labelEnd(b.text());
        if (label > 0 && (!html || b.markup().linkDensity() >= MIN_HTML_LINK_DENSITY)) {
          page.remove(b, name(), () -> "a link to another story set into the text: label '"
              + b.text().substring(0, label).strip() + "'");
        } else if (byShape && isTeaser(b) && labels.count(label(b.text())) < 2) {
          // A label that opens several lines is a speaker's name ("Prof. Carlos: ..."): dialogue.
          page.remove(b, name(), () -> "a link to another story set into the text: label '"
              + b.text().substring(0, b.text().indexOf(':')) + "', then a title");
        }
      }
      // An article's body starts under its headline: the prose of the article before counts not.
      proseAbove = !page.has(b, Label.HEADLINE) && (proseAbove || ArticleHeads.isProse(b) || page.has(b, Label.CONTENT));
    }
  }

  /** How often each short label opens a line with a colon after it, lower case: a speaker's name. */
  private static Multiset<String> labels(List<Block> kept) {
    Multiset<String> out = HashMultiset.create();
    for (Block b : kept) {
      int colon = Texts.indexWithin(b.text(), ':', SPEAKER_MAX_CHARS + 1);
      if (colon > 0) {
        out.add(label(b.text()));
      }
    }
    return out;
  }

  /** The most chars of a speaker's name before the colon: "Prof. Carlos", "Minister Wong". */
  private static final int SPEAKER_MAX_CHARS = 30;

  /** The text before the first colon, lower case. */
  private static String label(String t) {
    return t.substring(0, t.indexOf(':')).strip().toLowerCase(Locale.ROOT);
  }

  static boolean isTeaser(Block b) {
    String t = b.text();
    if (b.wordCount() > LINE_MAX_WORDS) {
      return false;
    }
    int colon = t.indexOf(':');
    if (colon <= 0 || colon + 1 >= t.length() || ArticleHeads.endsWithFullStop(t) || t.endsWith(":")) {
      return false;
    }
    int labelWords = 0;
    boolean inWord = false;
    for (int i = 0; i < colon; i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      boolean letter = Character.isLetter(c);
      if (letter && !inWord) {
        labelWords++;
      }
      inWord = letter || c == '\'' || c == '\u2019';
    }
    if (labelWords == 0 || labelWords > LABEL_MAX_WORDS || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    int first = colon + 1;
    while (first < t.length() && Character.isWhitespace(t.charAt(first))) {
      first++;
    }
    if (first == t.length() || !Character.isUpperCase(t.codePointAt(first)) && !Character.isDigit(t.charAt(first))) {
      return false; // "Blue bin: paper, cardboard and cartons" explains; a title opens with a capital
    }
    int titleWords = 0;
    inWord = false;
    for (int i = colon + 1; i < t.length(); i++) {
      boolean word = !Character.isWhitespace(t.charAt(i));
      if (word && !inWord) {
        titleWords++;
      }
      inWord = word;
    }
    return titleWords >= TITLE_MIN_WORDS;
  }
}
