package vn.ketnghia.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.ketnghia.demo.DemoDataset.ActionRow;
import vn.ketnghia.demo.DemoDataset.AgreementRow;
import vn.ketnghia.demo.DemoDataset.PlanItemRow;
import vn.ketnghia.demo.DemoDataset.PlanRow;
import vn.ketnghia.demo.DemoDataset.SupportRow;
import vn.ketnghia.demo.DemoDataset.VisitRow;
import vn.ketnghia.demo.DemoResources.AgreementSpec;
import vn.ketnghia.demo.DemoResources.Partner;
import vn.ketnghia.demo.DemoResources.Template;
import vn.ketnghia.demo.DemoResources.Unit;

/**
 * Turns the hand-written agreements into five years of plans, support records and monitoring visits.
 * A fixed seed makes every run produce the same data, so screenshots, manual tests and bug reports
 * made against the demo stay comparable.
 */
final class DemoGenerator {

    /** 11/04/2016, the date of notice 135/TB-UBND. */
    static final long SEED = 20160411L;
    static final String LABEL = "Dữ liệu mẫu / demo data";
    static final long MIN_ITEM_VND = 5_000_000L;
    static final long MAX_ITEM_VND = 500_000_000L;
    /** Support given from here on still awaits the district's confirmation. */
    static final LocalDate AWAITING_FROM = LocalDate.of(2020, 10, 1);
    /** Visits before this have had time to close their action points. */
    private static final LocalDate SETTLED_BEFORE = LocalDate.of(2019, 7, 1);
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final List<String> AREAS = List.of("spiritual", "material", "production");
    private static final List<String> PLAN_AGREEMENT_NOTES = List.of(
            "Thống nhất tại buổi làm việc giữa hai bên.",
            "Đã thống nhất với UBND xã và Phòng Dân tộc huyện.",
            "Thống nhất theo nhu cầu xã đăng ký.");

    private final DemoResources source;
    private final Random random = new Random(SEED);
    private final Map<String, Unit> units;
    private final Map<String, Partner> partners;
    private final Map<String, Template> templates;
    private final List<Template> plannedTemplates;
    private final List<Template> adhocTemplates;

    private final List<AgreementRow> agreements = new ArrayList<>();
    private final List<PlanRow> plans = new ArrayList<>();
    private final List<PlanItemRow> planItems = new ArrayList<>();
    private final List<SupportRow> records = new ArrayList<>();
    private final List<VisitRow> visits = new ArrayList<>();
    private final List<ActionRow> actionPoints = new ArrayList<>();

    /** What one agreement's generation needs to know about it. */
    private record Context(int index, AgreementSpec spec, Partner partner, Unit recipient, Unit district,
                           boolean districtLevel, List<SupportRow> given) {
    }

    private DemoGenerator(DemoResources source) {
        this.source = source;
        this.units = byKey(source.units, Unit::code);
        this.partners = byKey(source.partners, Partner::code);
        this.templates = byKey(source.templates, Template::key);
        this.plannedTemplates = source.templates.stream().filter(t -> !t.adhoc()).toList();
        this.adhocTemplates = source.templates.stream().filter(Template::adhoc).toList();
    }

    static DemoDataset generate(DemoResources source) {
        return new DemoGenerator(source).run();
    }

    /** The district account that confirms support and agrees plans; the two named ones exist in the realm. */
    static String districtUser(String districtCode) {
        return switch (districtCode) {
            case "510" -> "namgiang";
            case "504" -> "taygiang";
            default -> "demo-district-" + districtCode;
        };
    }

    private DemoDataset run() {
        for (AgreementSpec spec : source.agreements) {
            agreement(spec);
        }
        return new DemoDataset(List.copyOf(agreements), List.copyOf(plans), List.copyOf(planItems),
                List.copyOf(records), List.copyOf(visits), List.copyOf(actionPoints));
    }

    private void agreement(AgreementSpec spec) {
        Partner partner = lookup(partners, spec.organization(), "organisation");
        Unit recipient = lookup(units, spec.recipient(), "administrative unit");
        Unit district = recipient.isCommune() ? lookup(units, recipient.parentCode(), "district") : recipient;
        LocalDate opened = spec.signedOn() != null ? spec.signedOn() : spec.startDate();
        OffsetDateTime created = officeTime(opened.minusDays(random.nextInt(6)));
        OffsetDateTime updated = switch (spec.status()) {
            case "ended" -> officeTime(spec.endDate().plusDays(3 + random.nextInt(20)));
            case "suspended" -> officeTime(spec.activeUntil().plusDays(1 + random.nextInt(10)));
            case "active" -> officeTime(opened.plusDays(1 + random.nextInt(7)));
            default -> created;
        };
        String notes = spec.notes() == null ? LABEL + "." : LABEL + ". " + spec.notes();
        Context context = new Context(agreements.size(), spec, partner, recipient, district,
                !recipient.isCommune(), new ArrayList<>());
        agreements.add(new AgreementRow(spec, partner, recipient, district.code(), notes,
                DemoNames.email(partner.officerName()), created, updated));
        if (spec.isProposed()) {
            return;
        }
        plansAndRecords(context, opened);
        adhocRecords(context);
        visits(context);
    }

    private void plansAndRecords(Context context, LocalDate opened) {
        AgreementSpec spec = context.spec();
        String agreedBy = districtUser(context.district().code());
        List<Template> lines = lines(context.partner());

        OffsetDateTime periodCreated = officeTime(opened.plusDays(5 + random.nextInt(15)));
        OffsetDateTime periodAgreed = periodCreated.plusDays(7 + random.nextInt(24));
        int periodPlan = plans.size();
        plans.add(new PlanRow(context.index(), "period", null,
                "Kế hoạch kết nghĩa giai đoạn 2016–2020", "agreed", periodAgreed, agreedBy,
                pick(PLAN_AGREEMENT_NOTES), periodCreated, periodAgreed));

        Map<Template, long[]> periodTotals = new LinkedHashMap<>();
        LocalDate lastDay = spec.lastSupportDay();
        for (int year = spec.startDate().getYear(); year <= lastDay.getYear(); year++) {
            LocalDate yearStart = max(spec.startDate(), LocalDate.of(year, 1, 1));
            LocalDate planEnd = min(spec.endDate(), LocalDate.of(year, 12, 31));
            LocalDate givingEnd = min(lastDay, planEnd);
            boolean draft = year == 2020 && spec.draft2020();

            OffsetDateTime created = year == spec.startDate().getYear()
                    ? periodCreated.plusDays(1 + random.nextInt(5))
                    : officeTime(LocalDate.of(year - 1, 12, 1 + random.nextInt(20)));
            OffsetDateTime agreed = draft ? null : created.plusDays(5 + random.nextInt(50));
            int plan = plans.size();
            plans.add(new PlanRow(context.index(), "annual", year, "Chương trình kết nghĩa năm " + year,
                    draft ? "draft" : "agreed", agreed, draft ? null : agreedBy,
                    draft ? null : pick(PLAN_AGREEMENT_NOTES), created, draft ? created.plusDays(3) : agreed));

            // Support starts once the first programme is agreed; later years carry on from January.
            LocalDate givingStart = year == spec.startDate().getYear()
                    ? max(yearStart, (agreed != null ? agreed : created).atZoneSameInstant(VIETNAM).toLocalDate())
                    : yearStart;
            List<Template> chosen = yearLines(lines, givingStart, planEnd);
            double yearShare = Math.max(0.4, days(yearStart, planEnd) / 365.0);
            long budget = Math.round(spec.annualBudgetVnd() * yearShare * (0.85 + random.nextDouble() * 0.3));
            int[] weights = chosen.stream().mapToInt(t -> 1 + random.nextInt(3)).toArray();
            int weightSum = IntStream.of(weights).sum();
            double givenShare = days(givingStart, givingEnd) / (double) days(yearStart, planEnd);
            for (int i = 0; i < chosen.size(); i++) {
                Template template = chosen.get(i);
                int quantity = plannedQuantity(template, budget * weights[i] / weightSum, context.districtLevel());
                long planned = template.unitPriceVnd() * quantity;
                int item = planItems.size();
                planItems.add(new PlanItemRow(plan, template.key(), fill(template.planDescription(), quantity),
                        BigDecimal.valueOf(quantity), template.unit(), planned, yearStart, planEnd, created));
                long[] total = periodTotals.computeIfAbsent(template, t -> new long[2]);
                total[0] += quantity;
                total[1] += planned;
                double fulfilment = (0.65 + random.nextDouble() * 0.45) * givenShare;
                if (draft) {
                    // Given before the programme was agreed: recorded, but not against a plan item.
                    if (random.nextDouble() < 0.5) {
                        carryOut(context, template, Math.max(1, (int) Math.round(quantity * 0.4)), givingStart, givingEnd, null);
                    }
                } else {
                    carryOut(context, template, Math.max(1, (int) Math.round(quantity * fulfilment)), givingStart, givingEnd, item);
                }
            }
        }
        periodTotals.forEach((template, total) -> planItems.add(new PlanItemRow(periodPlan, template.key(),
                fill(template.planDescription(), total[0]), BigDecimal.valueOf(total[0]), template.unit(),
                total[1], spec.startDate(), spec.endDate(), periodCreated)));
    }

    /** The partner's usual kinds of support, at least one per area, four to six in all. */
    private List<Template> lines(Partner partner) {
        List<Template> lines = new ArrayList<>();
        for (String key : partner.focus()) {
            lines.add(lookup(templates, key, "support template"));
        }
        for (String area : AREAS) {
            if (lines.stream().noneMatch(t -> t.area().equals(area))) {
                lines.add(pick(plannedTemplates.stream().filter(t -> t.area().equals(area)).toList()));
            }
        }
        int wanted = 4 + random.nextInt(3);
        while (lines.size() < wanted) {
            Template extra = pick(plannedTemplates);
            if (!lines.contains(extra)) {
                lines.add(extra);
            }
        }
        return lines;
    }

    /** Two to five lines for one year: the partner's main line, and those whose season falls in the year. */
    private List<Template> yearLines(List<Template> lines, LocalDate from, LocalDate to) {
        List<Template> fitting = lines.stream().filter(t -> !months(t, from, to).isEmpty()).toList();
        List<Template> chosen = new ArrayList<>();
        for (int i = 0; i < fitting.size(); i++) {
            if (i == 0 || random.nextDouble() < 0.7) {
                chosen.add(fitting.get(i));
            }
        }
        for (Template template : fitting) {
            if (chosen.size() >= 2) {
                break;
            }
            if (!chosen.contains(template)) {
                chosen.add(template);
            }
        }
        return chosen.size() > 5 ? chosen.subList(0, 5) : chosen;
    }

    private static int plannedQuantity(Template template, long share, boolean districtLevel) {
        int most = template.maxQuantity() * (districtLevel ? 4 : 1);
        int quantity = (int) Math.max(template.minQuantity(), Math.min(most, Math.round((double) share / template.unitPriceVnd())));
        if (quantity * template.unitPriceVnd() < MIN_ITEM_VND) {
            quantity = (int) ((MIN_ITEM_VND + template.unitPriceVnd() - 1) / template.unitPriceVnd());
        }
        if (quantity * template.unitPriceVnd() > MAX_ITEM_VND) {
            quantity = (int) (MAX_ITEM_VND / template.unitPriceVnd());
        }
        return quantity;
    }

    /** Gives {@code quantity} in two to four handovers (one when it is a single thing) between {@code from} and {@code to}. */
    private void carryOut(Context context, Template template, int quantity, LocalDate from, LocalDate to, Integer planItem) {
        int parts = Math.min(quantity, 2 + random.nextInt(3));
        int left = quantity;
        for (int part = parts; part >= 1; part--) {
            int given = part == 1 ? left : Math.max(1, Math.round(left / (float) part * (0.7f + random.nextFloat() * 0.6f)));
            given = Math.min(given, left - (part - 1));
            left -= given;
            LocalDate date = date(template, from, to);
            if (date != null) {
                record(context, template, given, date, planItem);
            }
        }
    }

    private void adhocRecords(Context context) {
        AgreementSpec spec = context.spec();
        for (Template template : adhocTemplates) {
            for (LocalDate[] window : windows(template, spec.startDate().getYear(), spec.lastSupportDay().getYear())) {
                LocalDate from = max(window[0], spec.startDate());
                LocalDate to = min(window[1], spec.lastSupportDay());
                if (!from.isAfter(to) && random.nextInt(100) < template.chance()) {
                    int most = template.maxQuantity() * (context.districtLevel() ? 3 : 1);
                    int quantity = template.minQuantity() + random.nextInt(most - template.minQuantity() + 1);
                    record(context, template, quantity, between(from, to), null);
                }
            }
        }
    }

    /** "2017-11-05..2017-11-30" is one window; "07-15..07-27" recurs every year. */
    private static List<LocalDate[]> windows(Template template, int firstYear, int lastYear) {
        String[] ends = template.when().split("\\.\\.");
        if (ends[0].length() > 5) {
            return List.<LocalDate[]>of(new LocalDate[] {LocalDate.parse(ends[0]), LocalDate.parse(ends[1])});
        }
        List<LocalDate[]> windows = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            windows.add(new LocalDate[] {LocalDate.parse(year + "-" + ends[0]), LocalDate.parse(year + "-" + ends[1])});
        }
        return windows;
    }

    private void record(Context context, Template template, int quantity, LocalDate date, Integer planItem) {
        long value = roundToThousand(quantity * template.unitPriceVnd() * (0.92 + random.nextDouble() * 0.14));
        String form = template.form().equals("mixed") ? (random.nextDouble() < 0.4 ? "cash" : "in_kind") : template.form();
        String funding = fundingSource(context.partner());
        String enterprise = funding.equals("mobilised_enterprise") ? pick(source.texts("enterprise", null)) : null;
        int reached = template.beneficiaryMin() == null ? quantity
                : (template.beneficiaryMin() + random.nextInt(template.beneficiaryMax() - template.beneficiaryMin() + 1))
                        * (context.districtLevel() ? 2 : 1);
        OffsetDateTime created = officeTime(date.plusDays(random.nextInt(11)));
        boolean awaiting = !date.isBefore(AWAITING_FROM) || random.nextDouble() < 0.02;
        OffsetDateTime confirmed = awaiting ? null : created.plusDays(2 + random.nextInt(29));
        String confirmationNote = !awaiting && random.nextDouble() < 0.4 ? pick(source.texts("confirmation", null)) : null;
        SupportRow row = new SupportRow(context.index(), date, template.key(), fill(template.recordDescription(), quantity),
                BigDecimal.valueOf(quantity), template.unit(), value, form, funding, enterprise,
                template.beneficiary().equals("households") ? reached : null,
                template.beneficiary().equals("people") ? reached : null,
                template.beneficiary().equals("students") ? reached : null,
                planItem, awaiting ? "recorded" : "confirmed", confirmed,
                awaiting ? null : districtUser(context.district().code()), confirmationNote,
                created, awaiting ? created : confirmed);
        records.add(row);
        context.given().add(row);
    }

    private String fundingSource(Partner partner) {
        double roll = random.nextDouble();
        return switch (partner.kind()) {
            case "enterprise" -> roll < 0.75 ? "own_budget" : "staff_contributions";
            case "lowland_district" -> roll < 0.6 ? "own_budget" : roll < 0.9 ? "mobilised_enterprise" : "other";
            default -> roll < 0.45 ? "own_budget" : roll < 0.72 ? "staff_contributions"
                    : roll < 0.92 ? "mobilised_enterprise" : "other";
        };
    }

    private void visits(Context context) {
        AgreementSpec spec = context.spec();
        LocalDate first = spec.startDate().plusMonths(3);
        LocalDate last = spec.lastSupportDay();
        List<Integer> years = new ArrayList<>(IntStream.rangeClosed(first.getYear(), last.getYear()).boxed().toList());
        Collections.shuffle(years, random);
        int count = Math.min(years.size(), 1 + (random.nextDouble() < 0.6 ? 1 : 0) + (context.districtLevel() ? 1 : 0));
        List<LocalDate> dates = new ArrayList<>();
        for (int year : years.subList(0, count)) {
            LocalDate from = max(first, LocalDate.of(year, 4, 1));
            LocalDate to = min(last, LocalDate.of(year, 11, 30));
            if (!from.isAfter(to)) {
                dates.add(between(from, to));
            }
        }
        Collections.sort(dates);
        for (LocalDate date : dates) {
            visit(context, date);
        }
    }

    private void visit(Context context, LocalDate date) {
        Partner partner = context.partner();
        String recipientLabel = DemoNames.adminUnitLabel(context.recipient().kind(), context.recipient().name());
        String districtName = context.district().name();
        List<String> participants = new ArrayList<>();
        participants.add(partner.officerTitle() + " " + partner.officerName() + " (" + partner.name() + ")");
        participants.add("Lãnh đạo UBND " + recipientLabel);
        participants.add("Phòng Dân tộc huyện " + districtName);
        if (random.nextDouble() < 0.35) {
            participants.add("Ban Dân tộc tỉnh");
        }
        if (!context.districtLevel() && random.nextDouble() < 0.3) {
            participants.add("Đại diện Ủy ban MTTQ và các đoàn thể xã");
        }

        List<String> findings = new ArrayList<>();
        List<String> aboutWhatWasGiven = context.given().stream().filter(r -> r.supportDate().isBefore(date))
                .map(SupportRow::template).distinct()
                .flatMap(key -> source.texts("finding", key).stream()).toList();
        if (!aboutWhatWasGiven.isEmpty()) {
            findings.add(pick(aboutWhatWasGiven));
        }
        List<String> general = new ArrayList<>(source.texts("finding", "*"));
        Collections.shuffle(general, random);
        findings.addAll(general.subList(0, 1 + random.nextInt(2)));

        OffsetDateTime created = officeTime(date.plusDays(1 + random.nextInt(5)));
        int visit = visits.size();
        visits.add(new VisitRow(context.index(), date, String.join("; ", participants), String.join(" ", findings), created));

        Map<String, String> owners = Map.of(
                "partner", partner.name(),
                "commune", "UBND " + recipientLabel,
                "district", "Phòng Dân tộc huyện " + districtName);
        List<String[]> actions = new ArrayList<>();
        for (String owner : List.of("partner", "commune", "district")) {
            source.texts("action", owner).forEach(text -> actions.add(new String[] {owner, text}));
        }
        Collections.shuffle(actions, random);
        for (String[] action : actions.subList(0, 1 + random.nextInt(3))) {
            LocalDate due = date.plusDays(30 + random.nextInt(91));
            String status = actionStatus(date);
            LocalDate completed = status.equals("done")
                    ? max(date.plusDays(7), due.minusDays(random.nextInt(21))) : null;
            actionPoints.add(new ActionRow(visit, action[1], owners.get(action[0]), due, status, completed, created,
                    completed != null ? officeTime(completed) : created));
        }
    }

    private String actionStatus(LocalDate visitDate) {
        double roll = random.nextDouble();
        if (visitDate.isBefore(SETTLED_BEFORE)) {
            return roll < 0.8 ? "done" : roll < 0.85 ? "cancelled" : roll < 0.95 ? "open" : "in_progress";
        }
        return roll < 0.35 ? "done" : roll < 0.65 ? "in_progress" : "open";
    }

    /** A day for a handover: in the template's season when it has one, otherwise March to November. */
    private LocalDate date(Template template, LocalDate from, LocalDate to) {
        List<Integer> months = months(template, from, to);
        if (months.isEmpty()) {
            return null;
        }
        if (template.months().isEmpty()) {
            LocalDate busyFrom = max(from, LocalDate.of(from.getYear(), 3, 1));
            LocalDate busyTo = min(to, LocalDate.of(from.getYear(), 11, 30));
            return busyFrom.isAfter(busyTo) ? between(from, to) : between(busyFrom, busyTo);
        }
        int month = pick(months);
        return between(max(from, LocalDate.of(from.getYear(), month, 1)), min(to, LocalDate.of(from.getYear(), month, 28)));
    }

    /** The template's months that overlap [from, to] (all twelve for a template without a season). */
    private static List<Integer> months(Template template, LocalDate from, LocalDate to) {
        List<Integer> wanted = template.months().isEmpty() ? IntStream.rangeClosed(1, 12).boxed().toList() : template.months();
        return wanted.stream().filter(m -> {
            LocalDate start = LocalDate.of(from.getYear(), m, 1);
            LocalDate end = LocalDate.of(from.getYear(), m, 28);
            return !start.isAfter(to) && !end.isBefore(from);
        }).toList();
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) days(from, to)));
    }

    /** Days from {@code from} to {@code to}, both included. */
    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Some time in office hours, Vietnam time, stored in UTC like every other timestamp. */
    private OffsetDateTime officeTime(LocalDate day) {
        LocalTime time = LocalTime.of(7 + random.nextInt(10), random.nextInt(60));
        return OffsetDateTime.of(day, time, VIETNAM).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String fill(String text, long quantity) {
        return text.replace("{q}", DemoNames.quantity(quantity));
    }

    static long roundToThousand(double vnd) {
        return Math.round(vnd / 1000.0) * 1000L;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Duplicate key in demo data: " + key.apply(a));
        }, LinkedHashMap::new));
    }

    private static <T> T lookup(Map<String, T> rows, String key, String what) {
        T row = rows.get(key);
        if (row == null) {
            throw new IllegalStateException("Demo data refers to unknown " + what + " '" + key + "'");
        }
        return row;
    }
}
