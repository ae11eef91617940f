package vn.ketnghia.reporting;

/**
 * One difficulty or recommendation in a report. The theme is one of {@link #THEMES}; the district
 * is the one it concerns (for a district's own report, that district), or null when it concerns
 * the whole programme. Stored inside the report's jsonb columns.
 */
public record NarrativeItem(String theme, Long districtId, String text) {

    /** The three support areas of task 1b, the running of the programme itself, and anything else. */
    public static final java.util.List<String> THEMES = java.util.List.of(
            "spiritual", "material", "production", "coordination", "other");
}
