package dev.winnow.source;

import dev.winnow.internal.Texts;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Tells the heading that is a site's logo: an {@code <h1>} whose whole text is one link to the
 * site's front page ({@code <h1 class="site-title"><a href="/" rel="home">Ann's Blog</a></h1>},
 * as most blog themes print it on every page). Its text is the site's name, never the
 * article's headline. A front page is a path of {@code /}, a bare host, or either with only a
 * query or an index file after it. Stateless and thread-safe.
 */
final class HomeLinks {
  /** How deep the link may sit under the heading, each level an only child ({@code <h1><span><a>}). */
  static final int MAX_DEPTH = 3;

  private HomeLinks() {}

  /** Whether the heading holds a link to the front page and no text beside it. */
  static boolean isLogo(Element heading) {
    Element e = heading;
    for (int i = 0; i < MAX_DEPTH && !"a".equals(e.normalName()) && e.childrenSize() == 1; i++) {
      e = e.child(0);
    }
    if (e == heading || !"a".equals(e.normalName()) || !isFrontPage(e.attr("href"))) {
      return false;
    }
    // The link's text must be all the heading's: "<h1><a href="/">Site</a> Headline</h1>" is no logo.
    return Texts.fold(e.text()).length() == Texts.fold(heading.text()).length();
  }

  /**
   * Whether an address is a site's front page: {@code /}, {@code /?lang=de}, {@code /index.html},
   * {@code https://example.org}, {@code https://example.org/}.
   */
  static boolean isFrontPage(String href) {
    String h = href.strip().toLowerCase(Locale.ROOT);
    int scheme = h.startsWith("https://") ? 8 : h.startsWith("http://") ? 7 : h.startsWith("//") ? 2 : -1;
    String path;
    if (scheme >= 0) {
      int slash = h.indexOf('/', scheme);
      if (slash < 0) {
        return h.length() > scheme && h.indexOf('?', scheme) < 0 && h.indexOf('#', scheme) < 0;
      }
      path = h.substring(slash);
    } else {
      path = h;
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    return path.equals("/") || path.equals("/index.html") || path.equals("/index.php") || path.equals("./");
  }
}
