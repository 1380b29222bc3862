package dev.winnow.cli;

import dev.winnow.output.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code --format} through {@link Format#of}, so the command line accepts exactly the
 * names the library does ({@code text}, {@code markdown}, {@code json}, and their extensions).
 */
public final class FormatConverter implements ITypeConverter<Format> {
  @Override
  public Format convert(String value) {
    try {
      return Format.of(value);
    } catch (IllegalArgumentException e) {
      // picocli shows a TypeConversionException's message as is, as a usage error.
      throw new TypeConversionException(String.valueOf(e.getMessage()));
    }
  }
}
