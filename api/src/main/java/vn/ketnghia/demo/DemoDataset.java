package vn.ketnghia.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.ketnghia.demo.DemoResources.AgreementSpec;
import vn.ketnghia.demo.DemoResources.Partner;
import vn.ketnghia.demo.DemoResources.Unit;

/**
 * The generated programme data, row by row in the shape of the tables. Rows point at each other by
 * their index in these lists; the writer turns indexes into database ids as it inserts.
 */
record DemoDataset(List<AgreementRow> agreements, List<PlanRow> plans, List<PlanItemRow> planItems,
                   List<SupportRow> supportRecords, List<VisitRow> visits, List<ActionRow> actionPoints) {

    record AgreementRow(AgreementSpec spec, Partner partner, Unit recipient, String districtCode, String notes,
                        String focalOfficerEmail, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record PlanRow(int agreement, String kind, Integer year, String title, String status, OffsetDateTime agreedAt,
                   String agreedBy, String agreementNote, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record PlanItemRow(int plan, String template, String description, BigDecimal targetQuantity, String unitOfMeasure,
                       long plannedVnd, LocalDate startDate, LocalDate endDate, OffsetDateTime createdAt) {
    }

    record SupportRow(int agreement, LocalDate supportDate, String template, String description, BigDecimal quantity,
                      String unitOfMeasure, long valueVnd, String form, String fundingSource, String enterpriseName,
                      Integer beneficiaryHouseholds, Integer beneficiaryPeople, Integer beneficiaryStudents,
                      Integer planItem, String status, OffsetDateTime confirmedAt, String confirmedBy,
                      String confirmationNote, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record VisitRow(int agreement, LocalDate visitDate, String participants, String findings, OffsetDateTime createdAt) {
    }

    record ActionRow(int visit, String description, String owner, LocalDate dueDate, String status,
                     LocalDate completedOn, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    long totalSupportVnd() {
        return supportRecords.stream().mapToLong(SupportRow::valueVnd).sum();
    }
}
