package jp.go.jisso.common;

/** A validated page request: 1-based page number and a bounded page size. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        return new PageRequest(
                QueryParams.intOrDefault("page", page, 1, 1_000_000, 1),
                QueryParams.intOrDefault("size", size, 1, MAX_SIZE, DEFAULT_SIZE));
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
