package vn.ketnghia.common.text;

public final class Texts {

    private Texts() {
    }

    /** Optional text fields are stored as null, never as blanks, so "not given" has one spelling. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
