package vn.cchc.site.importer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.cchc.site.core.SourceText;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a spreadsheet into rows of cell text: XLSX or XLS (first sheet; a merged cell's value is given to
 * every cell it covers, so merged headers read like plain ones) or CSV (UTF-8 with or without BOM,
 * {@code ;} or {@code ,} as the separator, whichever the first line uses more).
 */
final class TableRows {
    private TableRows() {
    }

    /**
     * One row.
     *
     * @param line  row number of the sheet, or line of the CSV file where the record starts
     * @param cells cell text as shown, untrimmed
     */
    record Line(int line, List<String> cells) {
        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    static List<Line> xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            if (book.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            int last = sheet.getLastRowNum();
            int width = 0;
            for (Row row : sheet) {
                width = Math.max(width, row.getLastCellNum());
            }
            String[][] grid = new String[last + 1][Math.max(width, 0)];
            for (String[] r : grid) {
                Arrays.fill(r, "");
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    grid[row.getRowNum()][cell.getColumnIndex()] = format.formatCellValue(cell);
                }
            }
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                String value = grid[merged.getFirstRow()][merged.getFirstColumn()];
                for (int r = merged.getFirstRow(); r <= Math.min(merged.getLastRow(), last); r++) {
                    for (int c = merged.getFirstColumn(); c <= Math.min(merged.getLastColumn(), width - 1); c++) {
                        grid[r][c] = value;
                    }
                }
            }
            List<Line> out = new ArrayList<>();
            for (int r = 0; r <= last; r++) {
                out.add(new Line(r + 1, List.of(grid[r])));
            }
            return out;
        }
    }

    /** @throws SourceText.NotUtf8Exception when the file is not UTF-8 (with the line of the first bad byte) */
    static List<Line> csv(Path file) throws IOException, SourceText.NotUtf8Exception {
        String text = SourceText.decode(Files.readAllBytes(file));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).build();
        List<Line> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int line = 1;
            long counted = 0;
            for (CSVRecord record : parser) {
                long at = record.getCharacterPosition();
                for (long i = counted; i < at && i < text.length(); i++) {
                    if (text.charAt((int) i) == '\n') {
                        line++;
                    }
                }
                counted = at;
                out.add(new Line(line, record.toList()));
            }
        }
        return out;
    }

    /** {@code ;} when the first 20 lines have more of them than commas (outside quotes), else {@code ,}. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int lines = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines < 20; i++) {
            char c = text.charAt(i);
            if (c == '\n' && !quoted) {
                lines++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
