package vn.ketnghia.reporting;

/**
 * Fired (synchronously, inside the transaction) after every step of a report, so other parts, such
 * as notifications, can react without the workflow knowing them.
 */
public record ReportStepEvent(long reportId, ReportAction action, String comment) {
}
