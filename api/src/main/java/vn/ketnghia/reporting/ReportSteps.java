package vn.ketnghia.reporting;

/** Writes the append-only step rows. */
final class ReportSteps {

    private ReportSteps() {
    }

    /** A step that leaves the status as it is (created, added, excused, reinstated). */
    static ReportStep record(Report report, ReportAction action, Integer versionNumber, String comment, Actor actor) {
        return record(report, action, action == ReportAction.CREATED || action == ReportAction.ADDED ? null : report.status,
                report.status, versionNumber, comment, actor);
    }

    static ReportStep record(Report report, ReportAction action, ReportStatus from, ReportStatus to, Integer versionNumber,
                             String comment, Actor actor) {
        ReportStep step = new ReportStep();
        step.reportId = report.id;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = to;
        step.versionNumber = versionNumber;
        step.comment = comment;
        step.actor = actor.username();
        step.actorName = actor.name();
        step.at = actor.at();
        step.persist();
        return step;
    }
}
