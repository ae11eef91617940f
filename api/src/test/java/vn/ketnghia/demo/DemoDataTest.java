package vn.ketnghia.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ketnghia.demo.DemoDataset.ActionRow;
import vn.ketnghia.demo.DemoDataset.AgreementRow;
import vn.ketnghia.demo.DemoDataset.PlanItemRow;
import vn.ketnghia.demo.DemoDataset.PlanRow;
import vn.ketnghia.demo.DemoDataset.SupportRow;
import vn.ketnghia.demo.DemoResources.AgreementSpec;
import vn.ketnghia.demo.DemoResources.Partner;
import vn.ketnghia.demo.DemoResources.Unit;

/**
 * The demo files and what the generator makes of them, checked without a database: the rules the
 * schema's constraints would enforce at load time are checked here so a bad edit fails in seconds.
 */
class DemoDataTest {

    private static DemoResources source;
    private static DemoDataset data;
    private static Map<String, Unit> units;

    @BeforeAll
    static void generate() {
        source = DemoResources.read();
        data = DemoGenerator.generate(source);
        units = source.units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    @Test
    void codesAreUnique() {
        assertUnique(source.units.stream().map(Unit::code).toList());
        assertUnique(source.partners.stream().map(Partner::code).toList());
        assertUnique(source.templates.stream().map(DemoResources.Template::key).toList());
        assertUnique(source.agreements.stream().map(AgreementSpec::documentNumber).filter(n -> n != null).toList());
    }

    @Test
    void quangNamHasItsEighteenDistrictsOfTwoThousandSixteen() {
        List<Unit> districts = source.units.stream().filter(u -> u.level().equals("district")).toList();
        assertEquals(18, districts.size());
        assertEquals(9, districts.stream().filter(Unit::isMountainousDistrict).count());
        assertTrue(districts.stream().allMatch(d -> "49".equals(d.parentCode())));
        assertEquals(Set.of("502", "503", "504", "505", "506", "507", "508", "509", "510", "511", "512", "513", "514",
                "515", "516", "517", "518", "519"), districts.stream().map(Unit::code).collect(Collectors.toSet()));
        assertEquals("Nam Giang", units.get("510").name());
        assertEquals("Tây Giang", units.get("504").name());
        assertEquals("town", units.get("507").kind());
    }

    @Test
    void everyMountainousDistrictHasCommunesAndOnlyThoseDo() {
        for (Unit district : source.units.stream().filter(Unit::isMountainousDistrict).toList()) {
            long communes = source.units.stream().filter(u -> district.code().equals(u.parentCode())).count();
            assertTrue(communes >= 7, district.name() + " has " + communes + " communes");
        }
        for (Unit commune : source.units.stream().filter(Unit::isCommune).toList()) {
            Unit parent = units.get(commune.parentCode());
            assertTrue(parent.isMountainousDistrict(), commune.name());
            assertTrue(commune.code().matches(parent.code() + "-\\d\\d"), commune.code());
            assertTrue(Set.of("commune", "township").contains(commune.kind()), commune.kind());
            assertFalse(commune.kind().equals("township") && commune.difficult2016(), "a township is not especially difficult");
        }
        assertTrue(units.get("504-03").border(), "A Xan lies on the Lao border");
        assertTrue(units.get("510-10").border(), "La Êê lies on the Lao border");
    }

    @Test
    void agreementsNameRealPartiesTheirFileSays() {
        for (AgreementSpec spec : source.agreements) {
            Unit recipient = units.get(spec.recipient());
            assertNotNull(recipient, spec.recipient());
            assertEquals(spec.recipientName(), recipient.name(), spec.recipient());
            Partner partner = source.partners.stream().filter(p -> p.code().equals(spec.organization())).findFirst().orElseThrow();
            if (recipient.isCommune()) {
                assertTrue(units.get(recipient.parentCode()).isMountainousDistrict());
            } else {
                assertTrue(recipient.isMountainousDistrict(), "district twinning goes to a mountainous district");
                assertEquals("lowland_district", partner.kind());
            }
            assertFalse(spec.endDate().isBefore(spec.startDate()));
            assertEquals(2016, spec.startDate().getYear());
            assertFalse(spec.endDate().isAfter(LocalDate.of(2020, 12, 31)));
            // Activation needs the signed document (AgreementService.transition).
            assertEquals(!spec.isProposed(), spec.documentNumber() != null && spec.signedOn() != null, spec.recipientName());
        }
        for (Partner partner : source.partners) {
            if (partner.kind().equals("lowland_district")) {
                assertEquals("lowland", units.get(partner.districtCode()).terrain(), partner.code());
            }
        }
    }

    @Test
    void demoUsersFindTheirOwnAgreements() {
        List<AgreementSpec> agriculture = agreementsOf("SNNPTNT");
        assertTrue(agriculture.size() >= 2 && agriculture.size() <= 3);
        assertTrue(agriculture.stream().allMatch(a -> units.get(a.recipient()).parentCode().equals("510")), "SNNPTNT works in Nam Giang");
        List<AgreementSpec> finance = agreementsOf("STC");
        assertEquals(2, finance.size());
        assertTrue(finance.stream().allMatch(a -> units.get(a.recipient()).parentCode().equals("504")), "STC works in Tây Giang");
        assertEquals("namgiang", DemoGenerator.districtUser("510"));
        assertEquals("taygiang", DemoGenerator.districtUser("504"));
    }

    @Test
    void statusesShowTheWholeLifeCycle() {
        Map<String, Long> byStatus = source.agreements.stream().collect(Collectors.groupingBy(AgreementSpec::status, Collectors.counting()));
        assertTrue(byStatus.get("active") >= 30);
        assertEquals(2, byStatus.get("ended"));
        assertEquals(1, byStatus.get("suspended"));
        assertEquals(2, byStatus.get("proposed"));
        assertTrue(source.agreements.size() >= 35 && source.agreements.size() <= 45);
        Set<String> activePairs = new HashSet<>();
        source.agreements.stream().filter(a -> a.status().equals("active"))
                .forEach(a -> assertTrue(activePairs.add(a.organization() + "→" + a.recipient()), "one active agreement per pair"));
    }

    @Test
    void theNoticesComplaintsShow() {
        Set<String> partnering = source.agreements.stream().map(AgreementSpec::organization).collect(Collectors.toSet());
        long idle = source.partners.stream().filter(p -> !partnering.contains(p.code())).count();
        assertTrue(idle >= 3 && idle <= 4, idle + " units take no part");
        Set<String> helped = source.agreements.stream().filter(a -> !a.isProposed()).map(AgreementSpec::recipient).collect(Collectors.toSet());
        long uncovered = source.units.stream().filter(u -> u.isCommune() && u.difficult2016() && !helped.contains(u.code())).count();
        assertTrue(uncovered >= 5, "especially difficult communes without a partner: " + uncovered);
    }

    @Test
    void generationIsRepeatable() {
        assertEquals(data, DemoGenerator.generate(DemoResources.read()));
    }

    @Test
    void volumesAndTotalsAreRealistic() {
        int records = data.supportRecords().size();
        assertTrue(records >= 1500 && records <= 3000, records + " support records");
        long total = data.totalSupportVnd();
        assertTrue(total >= 30_000_000_000L && total <= 50_000_000_000L, total + " VND");
        assertTrue(data.visits().size() >= 50 && data.visits().size() <= 80, data.visits().size() + " visits");
        long linked = data.supportRecords().stream().filter(r -> r.planItem() != null).count();
        assertTrue(linked > records * 0.8, "most records carry out a plan item");
    }

    @Test
    void plansKeepTheSchemaRules() {
        Set<String> annualYears = new HashSet<>();
        Map<Integer, Long> periodPlans = data.plans().stream().filter(p -> p.kind().equals("period"))
                .collect(Collectors.groupingBy(PlanRow::agreement, Collectors.counting()));
        for (int i = 0; i < data.agreements().size(); i++) {
            AgreementRow agreement = data.agreements().get(i);
            assertEquals(agreement.spec().isProposed() ? null : 1L, periodPlans.get(i), agreement.recipient().name());
        }
        for (PlanRow plan : data.plans()) {
            assertEquals(plan.status().equals("agreed"), plan.agreedAt() != null, "plan_agreed_stamp");
            assertEquals(plan.status().equals("agreed"), plan.agreedBy() != null);
            assertEquals(plan.kind().equals("annual"), plan.year() != null, "plan_year_by_kind");
            if (plan.year() != null) {
                assertTrue(annualYears.add(plan.agreement() + "/" + plan.year()), "plan_one_annual_per_year");
            }
        }
        assertEquals(2, data.plans().stream().filter(p -> p.status().equals("draft")).count());
        Map<Integer, Long> itemsPerPlan = data.planItems().stream().collect(Collectors.groupingBy(PlanItemRow::plan, Collectors.counting()));
        for (int i = 0; i < data.plans().size(); i++) {
            long items = itemsPerPlan.getOrDefault(i, 0L);
            boolean annual = data.plans().get(i).kind().equals("annual");
            assertTrue(items >= 2 && (!annual || items <= 5), data.plans().get(i).title() + " has " + items + " items");
        }
        for (PlanItemRow item : data.planItems()) {
            assertTrue(item.plannedVnd() % 1000 == 0);
            if (data.plans().get(item.plan()).kind().equals("annual")) {
                assertTrue(item.plannedVnd() >= DemoGenerator.MIN_ITEM_VND && item.plannedVnd() <= DemoGenerator.MAX_ITEM_VND,
                        item.description() + ": " + item.plannedVnd());
            }
            assertTrue(item.targetQuantity().signum() > 0);
            assertFalse(item.endDate().isBefore(item.startDate()));
            assertTrue(item.description().length() <= 2000 && item.unitOfMeasure().length() <= 50);
        }
    }

    @Test
    void supportRecordsKeepTheSchemaRules() {
        for (SupportRow record : data.supportRecords()) {
            AgreementSpec agreement = data.agreements().get(record.agreement()).spec();
            assertFalse(agreement.isProposed());
            assertFalse(record.supportDate().isBefore(agreement.startDate()), record.toString());
            assertFalse(record.supportDate().isAfter(agreement.lastSupportDay()), record.toString());
            assertTrue(record.valueVnd() > 0 && record.valueVnd() % 1000 == 0, "whole thousands of VND");
            assertTrue(Set.of("cash", "in_kind").contains(record.form()));
            assertEquals(record.fundingSource().equals("mobilised_enterprise"), record.enterpriseName() != null,
                    "support_record_enterprise_named");
            boolean confirmed = record.status().equals("confirmed");
            assertEquals(confirmed, record.confirmedAt() != null, "support_record_confirmed_stamp");
            assertEquals(confirmed, record.confirmedBy() != null);
            if (!record.supportDate().isBefore(DemoGenerator.AWAITING_FROM)) {
                assertFalse(confirmed, "recent support still awaits confirmation");
            }
            if (record.planItem() != null) {
                PlanItemRow item = data.planItems().get(record.planItem());
                PlanRow plan = data.plans().get(item.plan());
                assertEquals(record.agreement(), plan.agreement());
                assertEquals(record.template(), item.template(), "same category as the plan item");
                assertEquals("agreed", plan.status());
                assertEquals(record.supportDate().getYear(), plan.year());
            }
            assertTrue(record.description().length() <= 2000);
        }
        String namGiangUser = data.supportRecords().stream()
                .filter(r -> r.confirmedBy() != null && data.agreements().get(r.agreement()).districtCode().equals("510"))
                .map(SupportRow::confirmedBy).distinct().collect(Collectors.joining());
        assertEquals("namgiang", namGiangUser);
    }

    @Test
    void visitsHaveActionPointsInEveryState() {
        for (var visit : data.visits()) {
            assertTrue(visit.participants().length() <= 2000 && visit.findings().length() <= 8000);
        }
        Set<String> states = data.actionPoints().stream().map(ActionRow::status).collect(Collectors.toSet());
        assertEquals(Set.of("open", "in_progress", "done", "cancelled"), states);
        for (ActionRow action : data.actionPoints()) {
            if (action.status().equals("done")) {
                assertNotNull(action.completedOn());
            } else {
                assertNull(action.completedOn());
            }
            assertTrue(action.dueDate().isAfter(data.visits().get(action.visit()).visitDate()));
        }
    }

    @Test
    void searchColumnsAreWhatTheEntitiesCompute() {
        assertEquals("xa ca dy", DemoNames.adminUnitSearch("commune", "Cà Dy"));
        assertEquals("thi tran thanh my", DemoNames.adminUnitSearch("township", "Thạnh Mỹ"));
        assertEquals("so tai chinh stc", DemoNames.organizationSearch("Sở Tài chính", "STC"));
        assertEquals("loctv@example.vn", DemoNames.email("Trần Văn Lộc"));
        assertEquals("27.000.000.000", DemoNames.quantity(27_000_000_000L));
    }

    @Test
    void organisationFieldsFitTheirColumns() {
        for (Partner partner : source.partners) {
            assertTrue(partner.code().length() <= 30 && partner.name().length() <= 300, partner.code());
            assertTrue(partner.phone().length() <= 50 && partner.officerPhone().length() <= 50);
        }
    }

    @Test
    void reportingRoundsTellTheStoryTheBrowserTestsNeed() {
        List<DemoReporting.Round> rounds = DemoReporting.rounds(source);
        assertEquals(List.of("semi_annual 2019", "annual 2019", "semi_annual 2020", "annual 2020"),
                rounds.stream().map(r -> r.regime() + " " + r.year()).toList());
        assertEquals(rounds.stream().map(r -> r.reports().stream().map(DemoReporting.ReportPlan::status).toList()).toList(),
                DemoReporting.rounds(source).stream().map(r -> r.reports().stream().map(DemoReporting.ReportPlan::status).toList()).toList(),
                "the same story on every run");
        for (DemoReporting.Round round : rounds.subList(0, 3)) {
            assertTrue(round.closed(), round.year() + " " + round.regime());
            long accepted = round.reports().stream().filter(r -> r.status().equals("accepted")).count();
            assertTrue(accepted * 2 > round.reports().size(), "most reports of a closed round were accepted");
            for (DemoReporting.ReportPlan plan : round.reports()) {
                if (plan.acceptedAt() != null) {
                    assertTrue(plan.acceptedAt().isBefore(round.closedAt()), "accepted before the round closed");
                }
            }
        }
        assertTrue(rounds.getFirst().reports().stream().anyMatch(r -> r.submittedAt() != null
                && r.submittedAt().toLocalDate().isAfter(rounds.getFirst().dueDate())), "a few came in late");

        DemoReporting.Round open = rounds.getLast();
        assertNull(open.closedAt());
        assertEquals(LocalDate.of(2020, 12, 16), open.dueDate());
        assertEquals(LocalDate.of(2019, 12, 15), open.windowStart());
        Map<String, DemoReporting.ReportPlan> byKey = open.reports().stream()
                .collect(Collectors.toMap(r -> r.reporter().key(), Function.identity()));
        assertEquals("draft", byKey.get("organization:SNNPTNT").status());
        assertNull(byKey.get("organization:SNNPTNT").narrative(), "the browser test writes sonnptnt's report from scratch");
        assertEquals("draft", byKey.get("district:510").status());
        assertEquals("returned", byKey.get("organization:STC").status());
        assertNotNull(byKey.get("organization:STC").returnReason());
        assertEquals("submitted", byKey.get("district:504").status());
        Map<String, Long> statuses = open.reports().stream()
                .collect(Collectors.groupingBy(DemoReporting.ReportPlan::status, Collectors.counting()));
        assertTrue(statuses.getOrDefault("accepted", 0L) >= 3, statuses.toString());
        assertEquals(1L, statuses.get("returned"), "one returned report, with its reason");
        assertTrue(statuses.getOrDefault("draft", 0L) >= 4, statuses.toString());
        long late = open.reports().stream().filter(r -> r.submittedAt() != null && r.submittedAt().toLocalDate().isAfter(open.dueDate())).count();
        long onTime = open.reports().stream().filter(r -> r.submittedAt() != null && !r.submittedAt().toLocalDate().isAfter(open.dueDate())).count();
        assertTrue(late >= 2 && onTime >= 4, late + " late, " + onTime + " on time");
        for (DemoReporting.ReportPlan plan : open.reports()) {
            if (plan.narrative() != null) {
                assertTrue(plan.narrative().results().endsWith(DemoReporting.MARK), "narratives are labelled as demo data");
                assertTrue(plan.narrative().results().length() <= 20000);
            }
        }
    }

    private static List<AgreementSpec> agreementsOf(String code) {
        return source.agreements.stream().filter(a -> a.organization().equals(code)).toList();
    }

    private static void assertUnique(List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            assertTrue(seen.add(value), "duplicate " + value);
        }
    }
}
