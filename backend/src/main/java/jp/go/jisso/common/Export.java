package jp.go.jisso.common;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * List exports with Japanese headers: CSV in UTF-8 with a byte-order mark (so Excel opens it
 * as UTF-8) or .xlsx. Values are written as text or numbers, never as formulas.
 */
public final class Export {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public enum Format { csv, xlsx }

    private Export() {}

    public static Format format(String raw) {
        return QueryParams.optionalEnum("format", raw, Format.class).orElse(Format.csv);
    }

    public static Response response(Format format, String baseName, List<String> headers, List<List<Object>> rows) {
        byte[] body = format == Format.xlsx ? xlsx(baseName, headers, rows) : csv(headers, rows);
        String file = baseName + "." + format.name();
        return Response.ok(body)
                .type(format == Format.xlsx ? XLSX : CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    static byte[] csv(List<String> headers, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, headers.stream().map(h -> (Object) h).toList());
        rows.forEach(r -> line(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = Optional.ofNullable(values.get(i)).map(Object::toString).orElse("");
            // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !(values.get(i) instanceof Number)) {
                v = "'" + v;
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            out.append(v);
        }
        out.append("\r\n");
    }

    static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 3)) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
