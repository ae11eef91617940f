package vn.ketnghia.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.ketnghia.common.text.SearchText;
import vn.ketnghia.demo.DemoDataset.ActionRow;
import vn.ketnghia.demo.DemoDataset.AgreementRow;
import vn.ketnghia.demo.DemoDataset.PlanItemRow;
import vn.ketnghia.demo.DemoDataset.PlanRow;
import vn.ketnghia.demo.DemoDataset.SupportRow;
import vn.ketnghia.demo.DemoDataset.VisitRow;
import vn.ketnghia.demo.DemoResources.Partner;
import vn.ketnghia.demo.DemoResources.Template;
import vn.ketnghia.demo.DemoResources.Unit;
import vn.ketnghia.visit.MonitoringVisit;

/**
 * Writes the demo data set with batched JDBC inserts on a connection whose transaction the caller
 * owns. Thousands of rows go in a few round trips; ids come back from each batch so children can
 * point at their parents.
 */
final class DemoDataWriter {

    /** created_by and updated_by of every demo row; it is also how the loader recognises its data. */
    static final String DEMO_USER = "demo-data";
    /** The partner whose demo row says the demo is loaded; the demo user {@code sonnptnt} acts for it. */
    static final String MARKER_ORGANIZATION = "SNNPTNT";
    static final String PERIOD = "2016-2020";
    static final String PREVIOUS_PERIOD = "2012-2015";
    /** Serialises concurrent starts of several API instances on one database. */
    private static final long LOCK_KEY = 0x6b65746e67686961L;

    private final Connection connection;

    DemoDataWriter(Connection connection) {
        this.connection = connection;
    }

    record Summary(int adminUnits, int organizations, int agreements, int plans, int planItems, int supportRecords,
                   long supportVnd, int visits, int actionPoints) {
    }

    /** Loads the demo unless it is there already; empty when there was nothing to do. */
    Optional<Summary> loadIfAbsent(OffsetDateTime now) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
        if (alreadyLoaded()) {
            return Optional.empty();
        }
        DemoResources source = DemoResources.read();
        refuseForeignRows(source);
        Map<String, Long> periods = periods();
        Map<String, Long> categories = categories(source.templates);
        DemoDataset data = DemoGenerator.generate(source);

        Map<String, Long> units = insertUnits(source.units, now);
        insertFlags(source.units, units, periods);
        Map<String, Long> organizations = insertOrganizations(source.partners, units, now);
        long[] agreements = insertAgreements(data.agreements(), organizations, units, periods.get(PERIOD));
        long[] plans = insertPlans(data.plans(), agreements);
        long[] items = insertPlanItems(data.planItems(), plans, categories);
        insertSupportRecords(data.supportRecords(), agreements, items, categories);
        long[] visits = insertVisits(data.visits(), agreements);
        insertActionPoints(data.actionPoints(), visits);
        DemoPractices.insert(connection, now);
        return Optional.of(new Summary(units.size(), organizations.size(), agreements.length, plans.length, items.length,
                data.supportRecords().size(), data.totalSupportVnd(), visits.length, data.actionPoints().size()));
    }

    private boolean alreadyLoaded() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from organization where code = ? and created_by = ?")) {
            query.setString(1, MARKER_ORGANIZATION);
            query.setString(2, DEMO_USER);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Demo rows never mix with rows someone else created under the same codes. */
    private void refuseForeignRows(DemoResources source) throws SQLException {
        List<String> clashes = new ArrayList<>();
        clashes.addAll(existing("admin_unit", source.units.stream().map(Unit::code).toList()));
        clashes.addAll(existing("organization", source.partners.stream().map(Partner::code).toList()));
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("Demo data (DỮ LIỆU MẪU) not loaded: the database already has rows with the demo's codes "
                    + clashes + " that the demo did not create. The demo is for an empty development database: "
                    + "start with a fresh database or set KETNGHIA_DEMO_DATA_ENABLED=false.");
        }
    }

    private List<String> existing(String table, List<String> codes) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select code from " + table + " where code = any (?) order by code")) {
            query.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(table + " " + rows.getString(1));
                }
            }
        }
        return found;
    }

    /** Periods come from the reference-data migration; their ids differ between databases. */
    private Map<String, Long> periods() throws SQLException {
        Map<String, Long> periods = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select code, id from period where code in (?, ?)")) {
            query.setString(1, PERIOD);
            query.setString(2, PREVIOUS_PERIOD);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    periods.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        for (String code : List.of(PREVIOUS_PERIOD, PERIOD)) {
            if (!periods.containsKey(code)) {
                throw new IllegalStateException("Demo data (DỮ LIỆU MẪU) needs programme period '" + code
                        + "' in table period (reference data, migration V002__reference_data.sql), but it is missing.");
            }
        }
        return periods;
    }

    /**
     * The category of each support template: in the template's area, the first category (in the
     * catalogue's order) whose name or description has one of the template's words, trying the words
     * best first; failing that, the first category of the area.
     */
    private Map<String, Long> categories(List<Template> templates) throws SQLException {
        record Category(long id, String area, String words) {
        }
        List<Category> catalogue = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select id, area, name, coalesce(description, '') from support_category where active order by sort_order, code")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    catalogue.add(new Category(rows.getLong(1), rows.getString(2),
                            " " + SearchText.fold(rows.getString(3) + " " + rows.getString(4)) + " "));
                }
            }
        }
        Map<String, Long> byTemplate = new HashMap<>();
        for (Template template : templates) {
            List<Category> inArea = catalogue.stream().filter(c -> c.area().equals(template.area())).toList();
            if (inArea.isEmpty()) {
                throw new IllegalStateException("Demo data (DỮ LIỆU MẪU) needs an active support category in area '"
                        + template.area() + "' (reference data SP-/MA-/PD-, migration V002__reference_data.sql), but there is none.");
            }
            Category chosen = template.categoryWords().stream()
                    .flatMap(word -> inArea.stream().filter(c -> c.words().contains(" " + word + " ")))
                    .findFirst().orElse(inArea.get(0));
            byTemplate.put(template.key(), chosen.id());
        }
        return byTemplate;
    }

    private Map<String, Long> insertUnits(List<Unit> units, OffsetDateTime now) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        // Parents first: each level's batch needs the ids of the level above.
        for (String level : List.of("province", "district", "commune")) {
            List<Unit> rows = units.stream().filter(u -> u.level().equals(level)).toList();
            long[] levelIds = insert("""
                    insert into admin_unit (parent_id, level, code, name, name_search, kind, terrain,
                        created_at, created_by, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (p, u) -> p
                    .bigint(u.parentCode() == null ? null : ids.get(u.parentCode()))
                    .text(u.level()).text(u.code()).text(u.name()).text(DemoNames.adminUnitSearch(u.kind(), u.name()))
                    .text(u.kind()).text(u.terrain()).audit(now, now));
            for (int i = 0; i < rows.size(); i++) {
                ids.put(rows.get(i).code(), levelIds[i]);
            }
        }
        return ids;
    }

    private void insertFlags(List<Unit> units, Map<String, Long> ids, Map<String, Long> periods) throws SQLException {
        record Flag(Unit commune, long periodId, boolean especiallyDifficult) {
        }
        List<Flag> rows = new ArrayList<>();
        for (Unit commune : units.stream().filter(Unit::isCommune).toList()) {
            rows.add(new Flag(commune, periods.get(PREVIOUS_PERIOD), commune.difficult2012()));
            rows.add(new Flag(commune, periods.get(PERIOD), commune.difficult2016()));
        }
        insertWithoutKeys("""
                insert into admin_unit_flag (admin_unit_id, period_id, especially_difficult, ethnic_minority_area, border)
                values (?, ?, ?, ?, ?)""", rows, (p, flag) -> p
                .bigint(ids.get(flag.commune().code())).bigint(flag.periodId()).bool(flag.especiallyDifficult())
                .bool(flag.commune().ethnicMinority()).bool(flag.commune().border()));
    }

    private Map<String, Long> insertOrganizations(List<Partner> partners, Map<String, Long> units, OffsetDateTime now)
            throws SQLException {
        long[] ids = insert("""
                insert into organization (code, name, name_search, kind, admin_unit_id, address, phone, email,
                    officer_name, officer_title, officer_phone, officer_email, active,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?)""", partners, (p, o) -> p
                .text(o.code()).text(o.name()).text(DemoNames.organizationSearch(o.name(), o.code())).text(o.kind())
                .bigint(o.districtCode() == null ? null : units.get(o.districtCode()))
                .text(address(o)).text(o.phone()).text(o.code().toLowerCase(Locale.ROOT) + "@example.vn")
                .text(o.officerName()).text(o.officerTitle()).text(o.officerPhone()).text(DemoNames.email(o.officerName()))
                .audit(now, now));
        Map<String, Long> byCode = new HashMap<>();
        for (int i = 0; i < partners.size(); i++) {
            byCode.put(partners.get(i).code(), ids[i]);
        }
        return byCode;
    }

    /** The address is shown with every partner, so it is where the demo says what it is. */
    private static String address(Partner partner) {
        String place = partner.districtCode() == null ? "thành phố Tam Kỳ" : partner.name().replaceFirst("^UBND ", "");
        return place + ", tỉnh Quảng Nam (" + DemoGenerator.LABEL + ")";
    }

    private long[] insertAgreements(List<AgreementRow> rows, Map<String, Long> organizations, Map<String, Long> units,
                                    long periodId) throws SQLException {
        return insert("""
                insert into agreement (organization_id, period_id, recipient_id, district_id, start_date, end_date, status,
                    document_number, signed_on, focal_officer_name, focal_officer_title, focal_officer_phone,
                    focal_officer_email, notes, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (p, a) -> p
                .bigint(organizations.get(a.partner().code())).bigint(periodId).bigint(units.get(a.recipient().code()))
                .bigint(units.get(a.districtCode())).date(a.spec().startDate()).date(a.spec().endDate()).text(a.spec().status())
                .text(a.spec().documentNumber()).date(a.spec().signedOn()).text(a.partner().officerName())
                .text(a.partner().officerTitle()).text(a.partner().officerPhone()).text(a.focalOfficerEmail())
                .text(a.notes()).audit(a.createdAt(), a.updatedAt()));
    }

    private long[] insertPlans(List<PlanRow> rows, long[] agreements) throws SQLException {
        return insert("""
                insert into plan (agreement_id, kind, year, title, status, agreed_at, agreed_by, agreement_note,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (p, plan) -> p
                .bigint(agreements[plan.agreement()]).text(plan.kind()).integer(plan.year()).text(plan.title())
                .text(plan.status()).time(plan.agreedAt()).text(plan.agreedBy()).text(plan.agreementNote())
                .audit(plan.createdAt(), plan.updatedAt()));
    }

    private long[] insertPlanItems(List<PlanItemRow> rows, long[] plans, Map<String, Long> categories) throws SQLException {
        return insert("""
                insert into plan_item (plan_id, category_id, description, target_quantity, unit_of_measure, planned_vnd,
                    start_date, end_date, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (p, item) -> p
                .bigint(plans[item.plan()]).bigint(categories.get(item.template())).text(item.description())
                .decimal(item.targetQuantity()).text(item.unitOfMeasure()).bigint(item.plannedVnd())
                .date(item.startDate()).date(item.endDate()).audit(item.createdAt(), item.createdAt()));
    }

    private void insertSupportRecords(List<SupportRow> rows, long[] agreements, long[] items, Map<String, Long> categories)
            throws SQLException {
        insertWithoutKeys("""
                insert into support_record (agreement_id, support_date, category_id, description, description_search, quantity,
                    unit_of_measure, value_vnd, form, funding_source, enterprise_name, beneficiary_households, beneficiary_people,
                    beneficiary_students, plan_item_id, status, confirmed_at, confirmed_by, confirmation_note,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (p, r) -> p
                .bigint(agreements[r.agreement()]).date(r.supportDate()).bigint(categories.get(r.template())).text(r.description())
                .text(SearchText.fold(r.description()))
                .decimal(r.quantity()).text(r.unitOfMeasure()).bigint(r.valueVnd()).text(r.form()).text(r.fundingSource())
                .text(r.enterpriseName()).integer(r.beneficiaryHouseholds()).integer(r.beneficiaryPeople())
                .integer(r.beneficiaryStudents()).bigint(r.planItem() == null ? null : items[r.planItem()])
                .text(r.status()).time(r.confirmedAt()).text(r.confirmedBy()).text(r.confirmationNote())
                .audit(r.createdAt(), r.updatedAt()));
    }

    private long[] insertVisits(List<VisitRow> rows, long[] agreements) throws SQLException {
        return insert("""
                insert into monitoring_visit (agreement_id, visit_date, participants, findings, search_text,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (p, v) -> p
                .bigint(agreements[v.agreement()]).date(v.visitDate()).text(v.participants()).text(v.findings())
                .text(MonitoringVisit.searchTextOf(v.participants(), v.findings()))
                .audit(v.createdAt(), v.createdAt()));
    }

    private void insertActionPoints(List<ActionRow> rows, long[] visits) throws SQLException {
        insertWithoutKeys("""
                insert into action_point (visit_id, description, owner, due_date, status, completed_on,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (p, a) -> p
                .bigint(visits[a.visit()]).text(a.description()).text(a.owner()).date(a.dueDate()).text(a.status())
                .date(a.completedOn()).audit(a.createdAt(), a.updatedAt()));
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(Params params, T row) throws SQLException;
    }

    /** One batch for all rows; the generated ids in row order. */
    private <T> long[] insert(String sql, List<T> rows, Binder<T> binder) throws SQLException {
        long[] ids = new long[rows.size()];
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            for (T row : rows) {
                binder.bind(new Params(statement), row);
                statement.addBatch();
            }
            statement.executeBatch();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                int i = 0;
                while (keys.next()) {
                    ids[i++] = keys.getLong(1);
                }
                if (i != rows.size()) {
                    throw new IllegalStateException("Expected " + rows.size() + " generated ids, got " + i);
                }
            }
        }
        return ids;
    }

    private <T> void insertWithoutKeys(String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
            for (T row : rows) {
                binder.bind(new Params(statement), row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Binds parameters in order, with typed nulls so the driver never has to guess. */
    private static final class Params {
        private final PreparedStatement statement;
        private int index;

        Params(PreparedStatement statement) {
            this.statement = statement;
        }

        Params text(String value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.VARCHAR);
            } else {
                statement.setString(++index, value);
            }
            return this;
        }

        Params bigint(Long value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.BIGINT);
            } else {
                statement.setLong(++index, value);
            }
            return this;
        }

        Params integer(Integer value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.INTEGER);
            } else {
                statement.setInt(++index, value);
            }
            return this;
        }

        Params decimal(BigDecimal value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.NUMERIC);
            } else {
                statement.setBigDecimal(++index, value);
            }
            return this;
        }

        Params bool(boolean value) throws SQLException {
            statement.setBoolean(++index, value);
            return this;
        }

        Params date(LocalDate value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.DATE);
            } else {
                statement.setObject(++index, value);
            }
            return this;
        }

        Params time(OffsetDateTime value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(++index, value);
            }
            return this;
        }

        /** created_at, created_by, updated_at, updated_by: always the demo user. */
        Params audit(OffsetDateTime createdAt, OffsetDateTime updatedAt) throws SQLException {
            return time(createdAt).text(DEMO_USER).time(updatedAt).text(DEMO_USER);
        }
    }
}
