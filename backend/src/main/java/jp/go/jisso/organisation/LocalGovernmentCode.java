package jp.go.jisso.organisation;

/**
 * 全国地方公共団体コード: five digits (two for the prefecture, three for the municipality) and a
 * check digit: s = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5, check = (11 − s mod 11) mod 10.
 */
public final class LocalGovernmentCode {

    private LocalGovernmentCode() {}

    public static boolean isWellFormed(String code) {
        return code != null && code.matches("\\d{6}");
    }

    public static int checkDigit(String firstFive) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (firstFive.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    public static boolean hasValidCheckDigit(String code) {
        return isWellFormed(code) && checkDigit(code) == code.charAt(5) - '0';
    }

    public static boolean isPrefectureCode(String code) {
        int pref = Integer.parseInt(code.substring(0, 2));
        return pref >= 1 && pref <= 47 && code.startsWith("000", 2);
    }
}
