package vn.ketnghia.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * DỮ LIỆU MẪU: joining the programme in 2016–2020 (notice 135/TB-UBND, task 3). After the notice the
 * Ban Dân tộc invited two organisations that had no agreement; the first registered, proposing two
 * especially-difficult communes that still had no partner, and waits for the province's decision; the
 * second never answered, so its invitation reads as expired. A few plain inserts, once: nothing
 * happens when an invitation of the demo exists or the data is not there.
 */
final class DemoJoining {

    private static final LocalDate SENT_ON = LocalDate.of(2016, 4, 25);
    private static final LocalDate REPLY_BY = LocalDate.of(2016, 5, 31);

    private DemoJoining() {
    }

    static void loadIfAbsent(Connection connection, OffsetDateTime now) throws SQLException {
        if (exists(connection, "select 1 from invitation where created_by = ?", DemoDataWriter.DEMO_USER)) {
            return;
        }
        Long period = single(connection, "select id from period where code = ?", "2016-2020");
        if (period == null) {
            return;
        }
        List<Long> outsiders = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select o.id, o.name from organization o
                where o.active and o.kind <> 'lowland_district' and o.created_by = ?
                  and not exists (select 1 from agreement a where a.organization_id = o.id and a.period_id = ?)
                order by o.code limit 2""")) {
            query.setString(1, DemoDataWriter.DEMO_USER);
            query.setLong(2, period);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    outsiders.add(rows.getLong(1));
                    names.add(rows.getString(2));
                }
            }
        }
        List<Long> communes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select u.id from admin_unit u join admin_unit_flag f on f.admin_unit_id = u.id and f.period_id = ?
                where f.especially_difficult and u.level = 'commune' and u.abolished_on is null
                  and not exists (select 1 from agreement a where a.recipient_id = u.id and a.period_id = ? and a.status = 'active')
                order by u.code limit 2""")) {
            query.setLong(1, period);
            query.setLong(2, period);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    communes.add(rows.getLong(1));
                }
            }
        }
        if (outsiders.isEmpty() || communes.isEmpty()) {
            return;
        }
        Timestamp sent = Timestamp.valueOf(SENT_ON.atTime(8, 0));
        long registered = invitation(connection, period, outsiders.get(0), "registered", "241", sent);
        if (outsiders.size() > 1) {
            invitation(connection, period, outsiders.get(1), "sent", "242", sent);
        }
        Timestamp submitted = Timestamp.valueOf(LocalDate.of(2016, 5, 20).atTime(9, 30));
        long registration;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into registration (period_id, organization_id, invitation_id, support_areas, commitment, proposed_start_date,
                    contact_name, contact_title, contact_phone, contact_email, status, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, 'spiritual,production', ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?)""", new String[] {"id"})) {
            insert.setLong(1, period);
            insert.setLong(2, outsiders.get(0));
            insert.setLong(3, registered);
            insert.setString(4, "Hằng năm tổ chức thăm hỏi, tặng quà Tết cho hộ nghèo; hỗ trợ giống cây trồng, con vật nuôi và tập huấn "
                    + "kỹ thuật chăn nuôi cho bà con; giao lưu, chia sẻ kinh nghiệm quản lý với cán bộ xã. (Dữ liệu mẫu / demo data)");
            insert.setObject(5, LocalDate.of(2016, 7, 1));
            insert.setString(6, "Lê Thị Mai");
            insert.setString(7, "Chánh Văn phòng");
            insert.setString(8, "0235 3800 000");
            insert.setString(9, "mai.demo@example.vn");
            insert.setTimestamp(10, submitted);
            insert.setString(11, DemoDataWriter.DEMO_USER);
            insert.setTimestamp(12, submitted);
            insert.setString(13, DemoDataWriter.DEMO_USER);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                registration = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into registration_commune (registration_id, position, commune_id) values (?, ?, ?)")) {
            for (int i = 0; i < communes.size(); i++) {
                insert.setLong(1, registration);
                insert.setInt(2, i);
                insert.setLong(3, communes.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into notification (recipient_kind, kind, title, body, link, created_at)
                values ('province', 'joining_registration_submitted', ?, ?, ?, ?)""")) {
            insert.setString(1, "Đăng ký tham gia kết nghĩa: " + names.get(0));
            insert.setString(2, names.get(0) + " đăng ký tham gia kết nghĩa trong giai đoạn 2016–2020 (dữ liệu mẫu).");
            insert.setString(3, "/joining/registrations/" + registration);
            insert.setObject(4, now);
            insert.executeUpdate();
        }
    }

    private static long invitation(Connection connection, long period, long organization, String status, String number,
                                   Timestamp sent) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into invitation (period_id, organization_id, sent_on, reply_by, message, document_number, status,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
            insert.setLong(1, period);
            insert.setLong(2, organization);
            insert.setObject(3, SENT_ON);
            insert.setObject(4, REPLY_BY);
            insert.setString(5, "Thực hiện Thông báo số 135/TB-UBND ngày 11/4/2016 của UBND tỉnh. (Dữ liệu mẫu / demo data)");
            insert.setString(6, number);
            insert.setString(7, status);
            insert.setTimestamp(8, sent);
            insert.setString(9, DemoDataWriter.DEMO_USER);
            insert.setTimestamp(10, sent);
            insert.setString(11, DemoDataWriter.DEMO_USER);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Long single(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }
}
