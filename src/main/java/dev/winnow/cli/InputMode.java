package dev.winnow.cli;

import dev.winnow.InputKind;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code --input} says the inputs are: {@code auto} leaves it to the library to sniff each
 * one, {@code text} and {@code html} force the kind. Immutable.
 */
public enum InputMode {
  AUTO(null),
  TEXT(InputKind.TEXT),
  HTML(InputKind.HTML);

  private final @Nullable InputKind kind;

  InputMode(@Nullable InputKind kind) {
    this.kind = kind;
  }

  /** The kind to hand to {@link dev.winnow.Input#bytes}, or {@code null} to have it sniffed. */
  public @Nullable InputKind kind() {
    return kind;
  }

  /** Parses the lower-case name used on the command line. */
  public static final class Converter implements ITypeConverter<InputMode> {
    @Override
    public InputMode convert(String value) {
      for (InputMode m : values()) {
        if (m.name().equalsIgnoreCase(value)) {
          return m;
        }
      }
      throw new TypeConversionException("unknown input kind '" + value + "': use auto, text or html");
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
