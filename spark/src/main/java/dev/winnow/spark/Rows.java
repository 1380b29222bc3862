package dev.winnow.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of the job's rows: exactly the fields of the command line's JSON line, in its order,
 * with {@code warcRecordId} and {@code warcDate} (null for pages from a table). The command line's
 * JSON is parsed into it, so a field the command line gains must be added here too; the tests
 * compare the two field by field. Immutable.
 */
final class Rows {
  private Rows() {}

  private static StructField string(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, true);
  }

  private static StructField strings(String name) {
    return DataTypes.createStructField(name, DataTypes.createArrayType(DataTypes.StringType, false), true);
  }

  static final StructType METADATA = DataTypes.createStructType(new StructField[] {
      string("title"), string("headline"), string("section"), string("byline"), strings("authors"),
      string("published"), string("modified"), string("siteName"), string("language"), string("canonicalUrl"),
      string("description"), string("type")});

  static final StructType ARTICLE = DataTypes.createStructType(new StructField[] {
      string("headline"), string("section"), string("dek"), string("byline"), strings("authors"), string("date"),
      string("modified"), strings("paragraphs")});

  static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      string("warcRecordId"), string("warcDate"), string("source"), string("input"), string("page"),
      DataTypes.createStructField("truncated", DataTypes.BooleanType, true),
      DataTypes.createStructField("metadata", METADATA, true),
      DataTypes.createStructField("articles", DataTypes.createArrayType(ARTICLE, false), true)});
}
