package vn.ketnghia.demo;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ketnghia.common.text.SearchText;

/**
 * The demo's communes' needs (DỮ LIỆU MẪU): twenty needs in mountainous communes, some of them
 * communes that no partner helps, and pledges of Sở NN&PTNT (sonnptnt) carried out as items of its
 * annual programmes, one with support already delivered against it. Plain SQL in the loader's
 * transaction, loaded once: it does nothing when the demo programme data is absent or its needs
 * are already there.
 */
public final class DemoNeeds {

    private static final String DEMO_USER = DemoDataWriter.DEMO_USER;
    private static final String SO_NN = "SNNPTNT";
    private static final int PERIOD_START = 2016;

    /** title, category code, estimated VND, priority, target year, description. */
    private record Template(String title, String category, long estimatedVnd, String priority, int year, String description) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Bò giống sinh sản cho hộ nghèo", "PD-SEEDS-LIVESTOCK", 300_000_000L, "high", 2019,
                    "Khoảng 20 hộ nghèo chưa có sinh kế ổn định; xã đề nghị hỗ trợ bò cái giống và tập huấn chăn nuôi."),
            new Template("Kênh mương nội đồng cho cánh đồng lúa nước", "PD-INFRASTRUCTURE", 450_000_000L, "high", 2020,
                    "Tuyến kênh đất 1,2 km thường sạt lở mùa mưa, 15 ha lúa nước thiếu nước vụ Đông Xuân."),
            new Template("Trang thiết bị cho trạm y tế xã", "MA-EQUIPMENT", 120_000_000L, "medium", 2019,
                    "Trạm y tế thiếu máy đo huyết áp, giường bệnh và tủ thuốc."),
            new Template("Nhà ở cho hộ nghèo có nhà tạm, dột nát", "MA-HOUSING", 400_000_000L, "high", 2019,
                    "Năm hộ nghèo đang ở nhà tạm; mỗi căn khoảng 80 triệu đồng."),
            new Template("Giống keo và bời lời cho trồng rừng sản xuất", "PD-RESTRUCTURING", 90_000_000L, "medium", 2020,
                    "Chuyển đổi đất rẫy kém hiệu quả sang trồng rừng sản xuất."),
            new Template("Bàn ghế và tủ sách cho điểm trường", "MA-SUPPLIES", 60_000_000L, "medium", 2019,
                    "Điểm trường thôn thiếu 40 bộ bàn ghế học sinh."),
            new Template("Tập huấn kỹ thuật trồng sâm và dược liệu", "PD-TECH-TRANSFER", 40_000_000L, "low", 2020,
                    "Bà con muốn trồng sâm Ngọc Linh, đảng sâm dưới tán rừng nhưng chưa có kỹ thuật."),
            new Template("Khám chữa bệnh và cấp thuốc miễn phí", "SP-HEALTHCARE", 30_000_000L, "medium", 2019,
                    "Đợt khám bệnh cho người cao tuổi và trẻ em các thôn xa."),
            new Template("Nước sinh hoạt tự chảy cho thôn", "MA-CIVIL-WORKS", 350_000_000L, "high", 2020,
                    "Hai thôn chưa có nước sạch; đề nghị công trình nước tự chảy và bể chứa."),
            new Template("Khai hoang ruộng lúa nước", "PD-WET-RICE", 200_000_000L, "high", 2019,
                    "Khai hoang 5 ha ruộng bậc thang để bảo đảm lương thực tại chỗ."),
            new Template("Quỹ quay vòng nuôi heo đen", "PD-REVOLVING-FUNDS", 80_000_000L, "medium", 2020,
                    "Mỗi hộ nhận 2 heo giống, hoàn trả heo con cho hộ tiếp theo."),
            new Template("Tham quan mô hình chăn nuôi hiệu quả", "PD-STUDY-TOURS", 35_000_000L, "low", 2019,
                    "Đưa 20 hộ đi học tập mô hình ở huyện đồng bằng."),
            new Template("Phục dựng nhà Gươl và đội cồng chiêng", "SP-CUSTOMS-CULTURE", 150_000_000L, "medium", 2020,
                    "Giữ gìn văn hóa truyền thống của đồng bào Cơ Tu."),
            new Template("Tập huấn quản lý cho cán bộ xã", "SP-OFFICIAL-TRAINING", 25_000_000L, "low", 2019,
                    "Bồi dưỡng kỹ năng lập kế hoạch và quản lý dự án cho cán bộ xã, thôn."),
            new Template("Máy tính và máy in cho UBND xã", "MA-EQUIPMENT", 70_000_000L, "low", 2019,
                    "Bộ phận một cửa thiếu thiết bị."),
            new Template("Đường bê tông nội thôn", "MA-CIVIL-WORKS", 500_000_000L, "high", 2020,
                    "Đoạn đường đất 800 m lầy lội mùa mưa, học sinh đi học khó khăn."),
            new Template("Hỗ trợ dệt thổ cẩm và tiêu thụ sản phẩm", "PD-CRAFTS-MARKETS", 100_000_000L, "medium", 2020,
                    "Tổ dệt 25 chị em cần khung dệt và đầu ra cho sản phẩm."),
            new Template("Áo ấm và đồ dùng học tập cho học sinh", "MA-SUPPLIES", 45_000_000L, "medium", 2019,
                    "Học sinh bán trú thiếu áo ấm mùa đông."),
            new Template("Gạo cứu đói giáp hạt", "MA-HOLIDAY-GIFTS", 55_000_000L, "high", 2019,
                    "Các hộ thiếu đói những tháng giáp hạt."),
            new Template("Tuyên truyền bảo vệ rừng đầu nguồn", "SP-FOREST", 20_000_000L, "low", 2020,
                    "Tổ bảo vệ rừng cộng đồng cần kinh phí tuần tra và tuyên truyền."));

    private record Commune(long id, long districtId, String name, boolean covered, Long soNnAgreement) {
    }

    private DemoNeeds() {
    }

    /** One line in the loader: runs in its own transaction after the programme data is committed. */
    public static void loadIfAbsent(AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            load(connection, OffsetDateTime.now(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("Demo needs (DỮ LIỆU MẪU) could not be loaded: " + e.getMessage(), e);
        }
    }

    static void load(Connection connection, OffsetDateTime now) throws SQLException {
        if (!exists(connection, "select 1 from organization where code = '" + SO_NN + "' and created_by = '" + DEMO_USER + "'")
                || exists(connection, "select 1 from commune_need where created_by = '" + DEMO_USER + "'")) {
            return;
        }
        List<Commune> communes = communes(connection);
        List<Commune> chosen = choose(communes);
        Timestamp stamp = Timestamp.from(now.toInstant());
        List<Long> needs = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into commune_need (commune_id, district_id, category_id, title, description, text_search, estimated_vnd,
                    priority, target_year, status, status_note, closed_at, closed_by, created_at, created_by, updated_at, updated_by)
                values (?, ?, (select id from support_category where code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < chosen.size(); i++) {
                Commune commune = chosen.get(i);
                Template template = TEMPLATES.get(i);
                // Two needs of uncovered communes are closed: one met by the district itself, one no longer wanted.
                String status = i == 5 ? "met" : i == 7 ? "cancelled" : "open";
                String title = template.title() + " xã " + commune.name();
                String description = template.description() + " (Dữ liệu mẫu)";
                insert.setLong(1, commune.id());
                insert.setLong(2, commune.districtId());
                insert.setString(3, template.category());
                insert.setString(4, title);
                insert.setString(5, description);
                insert.setString(6, SearchText.fold(title + " " + description));
                insert.setLong(7, template.estimatedVnd());
                insert.setString(8, template.priority());
                insert.setInt(9, template.year());
                insert.setString(10, status);
                insert.setString(11, status.equals("met") ? "Huyện đã bố trí từ nguồn Chương trình 135"
                        : status.equals("cancelled") ? "Xã đã được dự án khác hỗ trợ" : null);
                insert.setTimestamp(12, status.equals("open") ? null : stamp);
                insert.setString(13, status.equals("open") ? null : DEMO_USER);
                insert.setTimestamp(14, stamp);
                insert.setString(15, DEMO_USER);
                insert.setTimestamp(16, stamp);
                insert.setString(17, DEMO_USER);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    needs.add(keys.getLong(1));
                }
            }
        }
        // Sở NN&PTNT takes on the first needs of its communes; the first pledge already has support delivered.
        int pledged = 0;
        for (int i = 0; i < chosen.size() && pledged < 3; i++) {
            Long agreement = chosen.get(i).soNnAgreement();
            if (agreement != null) {
                Template template = TEMPLATES.get(i);
                long pledgedVnd = template.estimatedVnd() * (pledged == 1 ? 1 : 2) / 2;
                pledge(connection, needs.get(i), agreement, template, pledgedVnd, pledged == 0, stamp);
                pledged++;
            }
        }
    }

    private static void pledge(Connection connection, long need, long agreement, Template template, long pledgedVnd, boolean delivered,
                               Timestamp stamp) throws SQLException {
        int year = template.year();
        Long plan = firstLong(connection, "select id from plan where agreement_id = ? and kind = 'annual' and year = ?", agreement, year);
        if (plan == null) {
            plan = insert(connection, """
                    insert into plan (agreement_id, kind, year, title, notes, status, created_at, created_by, updated_at, updated_by)
                    values (?, 'annual', ?, ?, 'Lập khi đơn vị nhận hỗ trợ nhu cầu của xã (Dữ liệu mẫu)', 'draft', ?, ?, ?, ?)""",
                    agreement, year, "Chương trình kết nghĩa năm " + year, stamp, DEMO_USER, stamp, DEMO_USER);
        }
        long category = firstLong(connection, "select id from support_category where code = ?", template.category());
        long item = insert(connection, """
                insert into plan_item (plan_id, category_id, description, planned_vnd, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                plan, category, "Nhu cầu của xã: " + template.title(), pledgedVnd, stamp, DEMO_USER, stamp, DEMO_USER);
        insert(connection, """
                insert into need_pledge (need_id, organization_id, agreement_id, plan_item_id, pledged_vnd, year, description, status,
                    created_at, created_by, updated_at, updated_by)
                values (?, (select organization_id from agreement where id = ?), ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)""",
                need, agreement, agreement, item, pledgedVnd, year, "Sở NN&PTNT nhận hỗ trợ (Dữ liệu mẫu)", stamp, DEMO_USER, stamp, DEMO_USER);
        try (PreparedStatement update = connection.prepareStatement("update commune_need set status = 'pledged' where id = ?")) {
            update.setLong(1, need);
            update.executeUpdate();
        }
        if (delivered) {
            String description = "Trao đợt 1: " + template.title().toLowerCase(java.util.Locale.ROOT) + " (Dữ liệu mẫu)";
            insert(connection, """
                    insert into support_record (agreement_id, support_date, category_id, description, description_search, value_vnd, form,
                        funding_source, plan_item_id, status, confirmed_at, confirmed_by, confirmation_note,
                        created_at, created_by, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, 'in_kind', 'own_budget', ?, 'confirmed', ?, ?, 'Đã nhận đủ (Dữ liệu mẫu)', ?, ?, ?, ?)""",
                    agreement, Date.valueOf(LocalDate.of(year, 8, 15)), category, description, SearchText.fold(description),
                    pledgedVnd * 2 / 5, item, stamp, "namgiang", stamp, DEMO_USER, stamp, DEMO_USER);
        }
    }

    /** Communes of mountainous districts, whether an active agreement of the first period helps them, and Sở NN&PTNT's one. */
    private static List<Commune> communes(Connection connection) throws SQLException {
        List<Commune> communes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select c.id, c.parent_id, c.name,
                       exists (select 1 from agreement a where a.recipient_id = c.id and a.status = 'active') as covered,
                       (select min(a.id) from agreement a join organization o on o.id = a.organization_id join period p on p.id = a.period_id
                         where a.recipient_id = c.id and a.status = 'active' and o.code = ? and p.start_year = ?) as so_nn
                from admin_unit c join admin_unit d on d.id = c.parent_id
                where c.level = 'commune' and d.terrain = 'mountainous' and c.abolished_on is null and c.created_by = ?
                order by d.code, c.code""")) {
            query.setString(1, SO_NN);
            query.setInt(2, PERIOD_START);
            query.setString(3, DEMO_USER);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long soNn = rows.getLong(5);
                    Long soNnAgreement = rows.wasNull() ? null : soNn;
                    communes.add(new Commune(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getBoolean(4), soNnAgreement));
                }
            }
        }
        return communes;
    }

    /** Sở NN&PTNT's communes first (they get pledges), then uncovered communes, then covered ones, up to twenty. */
    private static List<Commune> choose(List<Commune> communes) {
        Set<Commune> chosen = new LinkedHashSet<>();
        communes.stream().filter(c -> c.soNnAgreement() != null).limit(3).forEach(chosen::add);
        communes.stream().filter(c -> !c.covered()).limit(9).forEach(chosen::add);
        communes.stream().filter(Commune::covered).forEach(c -> {
            if (chosen.size() < TEMPLATES.size()) {
                chosen.add(c);
            }
        });
        return new ArrayList<>(chosen).subList(0, Math.min(chosen.size(), TEMPLATES.size()));
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next();
        }
    }

    private static Long firstLong(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, params);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static long insert(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, params);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
    }
}
