package dev.icpmetrics.examples;

import dev.icpmetrics.io.CsvFormat;
import dev.icpmetrics.io.OpportunitiesCsv;
import dev.icpmetrics.io.SpendCsv;
import dev.icpmetrics.io.WorksheetCsv;
import dev.icpmetrics.sample.SampleBase;
import dev.icpmetrics.sample.SampleBases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the guide's example base, {@link SampleBases#guideExample()}, as the three CSV files of
 * {@code examples/data/}: {@value #WORKSHEET}, {@value #SPEND} and {@value #OPPORTUNITIES}.
 *
 * <pre>
 * java -cp icp-examples/target/icp-quickstart.jar dev.icpmetrics.examples.SampleData examples/data
 * </pre>
 */
public final class SampleData {
  /** The worksheet's file name. */
  public static final String WORKSHEET = "worksheet.csv";

  /** The spend ledger's file name. */
  public static final String SPEND = "spend.csv";

  /** The opportunities' file name. */
  public static final String OPPORTUNITIES = "opportunities.csv";

  private SampleData() {}

  /**
   * Writes the sample base's files into the directory given as the only argument.
   *
   * @param args the directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SampleData <directory>");
      System.exit(2);
    }
    for (Path p : write(Path.of(args[0]))) {
      System.out.println("wrote " + p);
    }
  }

  /**
   * Writes the files into {@code dir}, creating it if needed, and returns their paths.
   *
   * @param dir the directory
   * @return the worksheet, spend and opportunities files
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    SampleBase base = SampleBases.guideExample();
    CsvFormat f = CsvFormat.defaults();
    Path worksheet = dir.resolve(WORKSHEET);
    Path spend = dir.resolve(SPEND);
    Path opportunities = dir.resolve(OPPORTUNITIES);
    WorksheetCsv.writeAccounts(base.accounts(), worksheet, f);
    SpendCsv.write(base.spend(), spend, f);
    OpportunitiesCsv.write(base.opportunities(), opportunities, f);
    return List.of(worksheet, spend, opportunities);
  }
}
