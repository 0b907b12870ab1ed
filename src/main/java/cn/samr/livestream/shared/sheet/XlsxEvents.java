package cn.samr.livestream.shared.sheet;

import cn.samr.livestream.shared.sheet.SheetFile.Line;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx file on disk, row by row, through Apache POI's XSSF event API: the package is opened
 * from the file (read only, entries inflated as read), the sheet's XML parsed as SAX events. Cells read as
 * {@link SheetFile#read} reads them: as the user sees them (the cell's number format), dates as yyyy-MM-dd,
 * trimmed; a formula by its result as stored in the file.
 */
final class XlsxEvents {

  private XlsxEvents() {
  }

  static void stream(Path file, Consumer<Line> lines) {
    Rows rows = new Rows(lines);
    try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(workbook);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw SheetFileException.empty();
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(),
            false));
        parser.parse(new InputSource(sheet));
      }
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
      if (rows.stopped != null) {
        // the consumer's own refusal (too many rows, …), whatever the parser wrapped it in
        throw rows.stopped;
      }
      if (e instanceof SheetFileException rejected) {
        throw rejected;
      }
      throw SheetFile.unreadableWorkbook();
    }
  }

  /** Each row as a Line numbered as the sheet numbers it, blank rows left out. */
  private static final class Rows implements SheetContentsHandler {
    private final Consumer<Line> lines;
    private final List<String> cells = new ArrayList<>();
    private RuntimeException stopped;

    Rows(Consumer<Line> lines) {
      this.lines = lines;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(formattedValue == null ? "" : formattedValue.trim());
    }

    @Override
    public void endRow(int rowNum) {
      Line line = new Line(rowNum + 1, List.copyOf(cells));
      if (!line.blank()) {
        try {
          lines.accept(line);
        } catch (RuntimeException e) {
          stopped = e;
          throw e;
        }
      }
    }
  }

  /** Numbers as the user sees them; a date cell as yyyy-MM-dd whatever its format (as {@link SheetFile#read}). */
  private static final class IsoDates extends DataFormatter {
    IsoDates() {
      super(Locale.CHINA);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value).toLocalDate().toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
