package vn.ketnghia.reporting;

/** Fired (synchronously, inside the transaction) once a period has opened and its reports exist. */
public record ReportingPeriodOpenedEvent(long periodId) {
}
