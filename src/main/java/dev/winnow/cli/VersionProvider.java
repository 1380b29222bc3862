package dev.winnow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints, from {@code version.properties}, which Maven fills in at
 * build time: so it is right in tests and in the plain jar too, not only in the shaded one.
 */
public final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"winnow " + version()};
  }

  /** The project version, or {@code unknown} when the resource is missing or was not filtered. */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
