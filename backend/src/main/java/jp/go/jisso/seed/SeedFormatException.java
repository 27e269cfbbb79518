package jp.go.jisso.seed;

/** A seed file that cannot be loaded; names the line and field so the file can be fixed. */
public class SeedFormatException extends RuntimeException {

    public final int line;
    public final String field;

    public SeedFormatException(int line, String field, String problem) {
        super("line " + line + ", field '" + field + "': " + problem);
        this.line = line;
        this.field = field;
    }
}
