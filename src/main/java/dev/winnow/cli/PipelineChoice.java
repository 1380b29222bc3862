package dev.winnow.cli;

import dev.winnow.Pipeline;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The pipelines {@code --pipeline} offers: the {@code news} preset, or {@code keep-all}, which
 * removes nothing and so shows the raw block stream a source made of the page. Immutable.
 */
public enum PipelineChoice {
  NEWS("news", Pipeline::news),
  KEEP_ALL("keep-all", Pipeline::keepAll);

  private final String id;
  private final Supplier<Pipeline> factory;

  PipelineChoice(String id, Supplier<Pipeline> factory) {
    this.id = id;
    this.factory = factory;
  }

  /** The name used on the command line. */
  public String id() {
    return id;
  }

  /** A new pipeline of this kind; build it once per run and reuse it for every input. */
  public Pipeline build() {
    return factory.get();
  }

  /** Parses {@link #id()}. */
  public static final class Converter implements ITypeConverter<PipelineChoice> {
    @Override
    public PipelineChoice convert(String value) {
      for (PipelineChoice c : values()) {
        if (c.id.equalsIgnoreCase(value)) {
          return c;
        }
      }
      throw new TypeConversionException("unknown pipeline '" + value + "': use news or keep-all");
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
