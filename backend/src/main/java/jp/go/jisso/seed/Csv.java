package jp.go.jisso.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal RFC 4180 reader for the seed files: header line, quoted fields, UTF-8 BOM tolerated. */
final class Csv {

    /** One data line: its 1-based line number in the file and its fields by header name. */
    record Row(int line, Map<String, String> fields) {
        String get(String name) {
            return fields.get(name);
        }
    }

    private Csv() {}

    static List<Row> read(Reader source, List<String> requiredHeaders) throws IOException {
        BufferedReader in = new BufferedReader(source);
        String headerLine = in.readLine();
        if (headerLine == null) {
            throw new SeedFormatException(1, "header", "the file is empty");
        }
        if (headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        List<String> headers = split(headerLine, 1);
        for (String required : requiredHeaders) {
            if (!headers.contains(required)) {
                throw new SeedFormatException(1, required, "the header has no column '" + required + "'");
            }
        }
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> values = split(line, number);
            if (values.size() != headers.size()) {
                throw new SeedFormatException(number, "row", "expected " + headers.size() + " fields, found " + values.size());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                fields.put(headers.get(i), values.get(i).trim());
            }
            rows.add(new Row(number, fields));
        }
        return rows;
    }

    private static List<String> split(String line, int number) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new SeedFormatException(number, "row", "unterminated quoted field");
        }
        out.add(field.toString());
        return out;
    }
}
