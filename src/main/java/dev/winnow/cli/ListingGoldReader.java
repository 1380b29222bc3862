package dev.winnow.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.winnow.eval.GoldArticle;
import dev.winnow.eval.ListingGold;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a listing gold file ({@code gold/P###.json}) into the metric's plain values. Here rather
 * than in {@code eval}, so that Gson stays a dependency of the command line only.
 */
final class ListingGoldReader {
  private ListingGoldReader() {}

  /**
   * Reads one gold file: {@code {"articles": [{"section", "headline", "paragraphs", "optional"}],
   * "noise": [...]}}; other fields are ignored, absent lists are empty, a null section is null.
   *
   * @throws IOException when the file cannot be read or is not such an object
   */
  static ListingGold read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonObject root = JsonParser.parseReader(r).getAsJsonObject();
      List<GoldArticle> articles = new ArrayList<>();
      for (JsonElement e : array(root, "articles")) {
        JsonObject a = e.getAsJsonObject();
        articles.add(new GoldArticle(string(a, "section"), string(a, "headline"), strings(a, "paragraphs"),
            strings(a, "optional")));
      }
      return new ListingGold(articles, strings(root, "noise"));
    } catch (RuntimeException e) {   // Gson's JsonParseException, a wrong type's IllegalStateException
      throw new IOException("not a listing gold file: " + file + " (" + e.getMessage() + ")", e);
    }
  }

  private static JsonArray array(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? new JsonArray() : e.getAsJsonArray();
  }

  private static List<String> strings(JsonObject o, String name) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : array(o, name)) {
      out.add(e.getAsString());
    }
    return out;
  }

  private static @Nullable String string(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }
}
