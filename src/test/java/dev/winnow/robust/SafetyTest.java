package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.output.Format;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library reads what it is given and nothing else: no network, no scripts, no external
 * entities, no files. A page full of references (scripts, frames, stylesheets, images, a DTD,
 * an external entity, file: URLs) pointing at a server on the loopback address and at a canary
 * file is processed; the server must see no connection, the default proxy selector (which every
 * java.net connection consults) no request, and the output none of the canary's, the scripts' or
 * the styles' text.
 *
 * <p>No waiting: processing is synchronous, and a TCP connect returns only once the handshake is
 * done, at which point the connection already sits in the server's accept queue. So once
 * {@code process} has returned, a non-blocking accept sees every connection it made;
 * {@link #theWatchSeesAConnection} checks that on this machine.
 */
class SafetyTest {
  private static final String SCRIPT_TOKEN = "SCRIPTTOKEN7f3a";
  private static final String STYLE_TOKEN = "STYLETOKEN91c2";
  private static final String HANDLER_TOKEN = "HANDLERTOKEN5d0e";
  private static final String CANARY_TOKEN = "CANARYTOKEN2b8f";
  private static final String PROSE = Adversarial.PROSE;

  private ProxySelector originalSelector;
  private final List<URI> proxyRequests = new CopyOnWriteArrayList<>();
  private ServerSocketChannel server;

  @BeforeEach
  void watchTheNetwork() throws IOException {
    originalSelector = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        proxyRequests.add(uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
    });
    server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.configureBlocking(false);
  }

  @AfterEach
  void restore() throws IOException {
    ProxySelector.setDefault(originalSelector);
    server.close();
  }

  /** The connections waiting in the server's queue, taken off it: a non-blocking accept, no wait. */
  private int pendingConnections() throws IOException {
    int n = 0;
    for (SocketChannel c; (c = server.accept()) != null; ) {
      c.close();
      n++;
    }
    return n;
  }

  private int port() throws IOException {
    return ((InetSocketAddress) server.getLocalAddress()).getPort();
  }

  private String hostilePage(Path canary) throws IOException {
    String http = "http://127.0.0.1:" + port();
    String file = canary.toUri().toString();
    return "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"" + http + "/xhtml1-strict.dtd\" [\n"
        + "  <!ENTITY canary SYSTEM \"" + file + "\">\n"
        + "  <!ENTITY remote SYSTEM \"" + http + "/entity\">\n]>\n"
        + "<html xmlns:xi=\"http://www.w3.org/2001/XInclude\"><head>\n"
        + "<base href=\"" + http + "/\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + http + "/refresh\">\n"
        + "<link rel=\"stylesheet\" href=\"" + http + "/style.css\">\n"
        + "<link rel=\"import\" href=\"" + file + "\">\n"
        + "<style>@import url(\"" + http + "/import.css\"); body::after { content: '" + STYLE_TOKEN + "' }</style>\n"
        + "<script src=\"" + http + "/app.js\"></script>\n"
        + "<script>document.write('<p>" + SCRIPT_TOKEN + "</p>'); fetch('" + http + "/fetch');</script>\n"
        + "<title>Safe</title></head>\n"
        + "<body onload=\"document.body.innerHTML='" + HANDLER_TOKEN + "'\">\n"
        + "<iframe src=\"" + http + "/frame\"></iframe><iframe src=\"" + file + "\"></iframe>\n"
        + "<img src=\"" + http + "/pixel.gif\" srcset=\"" + http + "/2x.gif 2x\"><img src=\"" + file + "\">\n"
        + "<object data=\"" + file + "\"></object><embed src=\"" + http + "/embed\">\n"
        + "<video src=\"" + http + "/v.mp4\" poster=\"" + http + "/p.jpg\"></video>\n"
        + "<svg><image href=\"" + file + "\"/><script>" + SCRIPT_TOKEN + "</script></svg>\n"
        + "<xi:include href=\"" + file + "\" parse=\"text\"/>\n"
        + "<p>&canary; &remote;</p>\n"
        + "<p>" + PROSE + "</p>\n"
        + "<a href=\"javascript:alert('" + SCRIPT_TOKEN + "')\" onclick=\"" + HANDLER_TOKEN + "\">link</a>\n"
        + "<form action=\"" + http + "/form\"><input value=\"x\"></form>\n"
        + "<noscript><img src=\"" + http + "/noscript.gif\"></noscript>\n"
        + "<script>" + SCRIPT_TOKEN + "</script></body></html>\n";
  }

  @Test
  void processingTouchesNoNetworkAndNoFile(@TempDir Path dir) throws Exception {
    Path canary = Files.writeString(dir.resolve("canary.txt"), CANARY_TOKEN);
    String html = hostilePage(canary);
    Pipeline news = Pipeline.news();
    List<Result> results = List.of(
        news.process(Input.html(html)),
        news.process(Input.sniff(html)),
        news.process(Input.bytes(html.getBytes(StandardCharsets.UTF_8), null)),
        news.process(Input.bytes(html.getBytes(StandardCharsets.UTF_8), InputKind.HTML)),
        Pipeline.keepAll().process(Input.html(html)));

    assertThat(proxyRequests).as("connections attempted through java.net").isEmpty();
    assertThat(pendingConnections()).as("connections to the page's server").isZero();
    for (Result r : results) {
      assertThat(r.text()).contains(PROSE);
      String out = Format.JSON.write(r, false) + Format.TEXT.write(r, false) + Format.MARKDOWN.write(r, false);
      assertThat(out)
          .doesNotContain(CANARY_TOKEN)
          .doesNotContain(SCRIPT_TOKEN)
          .doesNotContain(STYLE_TOKEN)
          .doesNotContain(HANDLER_TOKEN);
    }
  }

  /** The watch works: a real connection is seen by both the proxy selector and the server. */
  @Test
  void theWatchSeesAConnection() throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + port() + "/probe");
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
      assertThat(pendingConnections()).isEqualTo(1);
    }
    assertThat(proxyRequests).isNotEmpty();
  }
}
