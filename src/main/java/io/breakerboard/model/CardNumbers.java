package io.breakerboard.model;

/**
 * Tells payment card numbers from other long digit runs (ids, timestamps, amounts): 13 to 19 digits, a prefix a
 * card network issues (Visa, Mastercard, American Express, Discover, JCB, Diners, UnionPay) and a valid Luhn
 * check digit. Spaces and dashes between digit groups are allowed.
 */
final class CardNumbers {
    private CardNumbers() {
    }

    static boolean isCardNumber(String text) {
        int[] digits = new int[19];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (n == digits.length) {
                    return false;
                }
                digits[n++] = c - '0';
            }
        }
        return n >= 13 && issued(digits, n) && luhn(digits, n);
    }

    private static boolean issued(int[] d, int n) {
        int two = d[0] * 10 + d[1];
        int four = two * 100 + d[2] * 10 + d[3];
        return switch (d[0]) {
            case 4 -> n == 13 || n == 16 || n == 19;
            case 5 -> two >= 51 && two <= 55 && n == 16;
            case 2 -> four >= 2221 && four <= 2720 && n == 16;
            case 3 -> (two == 34 || two == 37) ? n == 15 : (two == 35 || two == 36 || two == 38 || two == 39
                    || (two == 30 && d[2] <= 5)) && n >= 14;
            case 6 -> (four == 6011 || two == 62 || two == 64 || two == 65) && n >= 16;
            default -> false;
        };
    }

    private static boolean luhn(int[] d, int n) {
        int sum = 0;
        for (int i = n - 1, k = 0; i >= 0; i--, k++) {
            int v = d[i];
            if (k % 2 == 1) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return sum % 10 == 0;
    }
}
