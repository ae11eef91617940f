package vn.ketnghia.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import vn.ketnghia.common.file.UploadChecks;
import vn.ketnghia.common.text.SearchText;
import vn.ketnghia.practice.Tags;

/**
 * DỮ LIỆU MẪU: six published good practices of demo partners, each with one picture drawn here (a
 * coloured landscape, no photo of anyone), so the "Mô hình, cách làm hay" page is not empty on the
 * demo. Written with plain JDBC in the demo's transaction, like the rest of the demo.
 */
final class DemoPractices {

    private record Practice(String organization, String recipient, String title, String whatWasDone, String results, String area,
                            int year, List<String> tags, Color sky, Color land) {
    }

    private static final List<Practice> PRACTICES = List.of(
            new Practice("SNNPTNT", "510-02", "Nuôi bò sinh sản luân chuyển ở xã Cà Dy",
                    "Sở hỗ trợ 12 con bò cái giống cho 12 hộ nghèo, kèm tập huấn làm chuồng, trồng cỏ và phòng bệnh. Mỗi hộ nhận bò "
                            + "cam kết trao con bê cái đầu tiên cho một hộ nghèo khác do thôn bình xét; cán bộ thú y xã theo dõi hằng quý.",
                    "Sau 3 năm, đàn bò luân chuyển đến 31 hộ; 9 hộ thoát nghèo. Thôn tự duy trì tổ hợp tác chăn nuôi.",
                    "production", 2018, List.of("chăn nuôi", "bò giống", "quỹ quay vòng"), new Color(0x9BD3F0), new Color(0x5E9E3A)),
            new Practice("STC", "504-04", "Quỹ quay vòng từ đóng góp của cán bộ, công chức",
                    "Mỗi năm cán bộ, công chức Sở đóng góp một ngày lương vào quỹ; xã lập ban quản lý quỹ, cho hộ nghèo vay không lãi "
                            + "để mua giống, phân bón; Sở hướng dẫn ghi sổ thu – chi công khai tại nhà văn hóa thôn.",
                    "Quỹ đạt 180 triệu đồng, đã quay vòng 3 lượt cho 64 hộ; tỷ lệ hoàn trả đúng hạn 96%.",
                    "production", 2017, List.of("quỹ quay vòng", "giảm nghèo", "đóng góp cán bộ"), new Color(0xF6D68B), new Color(0x7A9A4B)),
            new Practice("SYT", "516-07", "Khám bệnh định kỳ kết hợp truyền thông sức khỏe bà mẹ, trẻ em",
                    "Mỗi quý một đoàn y, bác sĩ về trạm y tế xã khám, cấp thuốc miễn phí; cùng lúc hội phụ nữ tổ chức buổi nói chuyện "
                            + "bằng tiếng Ca Dong về sinh đẻ tại trạm y tế và chăm sóc trẻ nhỏ.",
                    "Hơn 2.400 lượt người được khám; tỷ lệ sinh tại trạm y tế tăng từ 35% lên 71%.",
                    "spiritual", 2019, List.of("y tế", "khám chữa bệnh", "bà mẹ trẻ em"), new Color(0xBFE3F5), new Color(0x3F8F6B)),
            new Practice("SGDDT", "516-02", "Đỡ đầu học sinh bán trú, giữ các em ở lại trường",
                    "Mỗi phòng của Sở nhận đỡ đầu một lớp bán trú: góp gạo, chăn màn, sách vở đầu năm, và mỗi tháng gọi điện cho thầy cô "
                            + "chủ nhiệm để biết em nào nghỉ học; khi có em bỏ học, cán bộ cùng già làng đến nhà vận động.",
                    "Tỷ lệ học sinh bỏ học giữa chừng giảm từ 6% xuống dưới 1% sau hai năm học.",
                    "material", 2018, List.of("giáo dục", "học sinh bán trú", "đỡ đầu"), new Color(0xD7ECFA), new Color(0x8DB255)),
            new Practice("DIENBAN", "510", "Đưa nông dân miền núi tham quan mô hình lúa nước ở đồng bằng",
                    "Thị xã tổ chức cho 40 nông dân tiêu biểu của huyện Nam Giang về thăm các cánh đồng mẫu, ở lại 3 ngày cùng hộ nông dân "
                            + "đồng bằng; sau đó cán bộ khuyến nông theo về hướng dẫn khai hoang ruộng bậc thang và làm mương.",
                    "12 ha ruộng lúa nước mới được khai hoang; năng suất vụ đầu đạt 4,2 tấn/ha.",
                    "production", 2019, List.of("tham quan học tập", "lúa nước", "khuyến nông"), new Color(0xA9D8EE), new Color(0x6FAE3E)),
            new Practice("SVHTTDL", "504-07", "Bảo tồn nghề dệt thổ cẩm gắn với bán sản phẩm cho du khách",
                    "Sở mở lớp truyền nghề dệt do nghệ nhân trong thôn dạy cho 25 thiếu nữ, hỗ trợ khung dệt và sợi, và đưa sản phẩm "
                            + "vào các hội chợ, điểm du lịch ở Hội An; thôn lập tổ dệt tự quản chia lợi nhuận theo công.",
                    "Tổ dệt có 32 thành viên, thu nhập thêm bình quân 1,5 triệu đồng/người/tháng.",
                    "spiritual", 2020, List.of("văn hóa", "thổ cẩm", "nghề truyền thống"), new Color(0xF3C9A6), new Color(0x9C5B3B)));

    private DemoPractices() {
    }

    /** Inserts the practices whose demo agreements exist; a demo without one of them simply has one fewer. */
    static int insert(Connection connection, OffsetDateTime now) throws SQLException {
        int written = 0;
        for (Practice practice : PRACTICES) {
            Long[] agreement = agreement(connection, practice.organization(), practice.recipient());
            if (agreement == null) {
                continue;
            }
            long id = insertPractice(connection, practice, agreement, now);
            insertTags(connection, id, practice.tags());
            insertPicture(connection, id, practice, now);
            written++;
        }
        return written;
    }

    /** {agreement id, organisation id} of the demo agreement, or null. */
    private static Long[] agreement(Connection connection, String organization, String recipient) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select a.id, o.id from agreement a"
                + " join organization o on o.id = a.organization_id join admin_unit u on u.id = a.recipient_id"
                + " where o.code = ? and u.code = ? order by a.id limit 1")) {
            query.setString(1, organization);
            query.setString(2, recipient);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new Long[] {rows.getLong(1), rows.getLong(2)} : null;
            }
        }
    }

    private static long insertPractice(Connection connection, Practice p, Long[] agreement, OffsetDateTime now) throws SQLException {
        List<String> tags = Tags.normaliseAll(p.tags()).stream().toList();
        OffsetDateTime published = OffsetDateTime.of(p.year(), 12, 15, 3, 0, 0, 0, ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("insert into good_practice (organization_id, agreement_id, title,"
                + " what_was_done, results, area, year, status, published_at, search_text, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, agreement[1]);
            insert.setLong(2, agreement[0]);
            insert.setString(3, p.title());
            insert.setString(4, p.whatWasDone());
            insert.setString(5, p.results());
            insert.setString(6, p.area());
            insert.setInt(7, p.year());
            insert.setObject(8, published);
            insert.setString(9, SearchText.fold(p.title() + " " + p.whatWasDone() + " " + p.results() + " " + String.join(" ", tags)));
            insert.setObject(10, now);
            insert.setString(11, DemoDataWriter.DEMO_USER);
            insert.setObject(12, now);
            insert.setString(13, DemoDataWriter.DEMO_USER);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertTags(Connection connection, long id, List<String> tags) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into good_practice_tag (practice_id, tag) values (?, ?)")) {
            for (String tag : Tags.normaliseAll(tags)) {
                insert.setLong(1, id);
                insert.setString(2, tag);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertPicture(Connection connection, long id, Practice p, OffsetDateTime now) throws SQLException {
        byte[] jpeg = picture(p.sky(), p.land());
        try (PreparedStatement insert = connection.prepareStatement("insert into good_practice_file (practice_id, file_name, media_type,"
                + " size_bytes, sha256, content, uploaded_at, uploaded_by) values (?, ?, 'image/jpeg', ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "Ảnh minh họa (dữ liệu mẫu).jpg");
            insert.setLong(3, jpeg.length);
            insert.setString(4, UploadChecks.sha256(jpeg));
            insert.setBytes(5, jpeg);
            insert.setObject(6, now, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(7, DemoDataWriter.DEMO_USER);
            insert.executeUpdate();
        }
    }

    /** A simple landscape: sky, sun, two hills and a field, 480 × 300, as JPEG. */
    static byte[] picture(Color sky, Color land) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, sky.brighter(), 0, 180, sky));
        g.fillRect(0, 0, 480, 300);
        g.setColor(new Color(0xFFD54F));
        g.fillOval(360, 30, 60, 60);
        g.setColor(land.darker());
        g.fillOval(-80, 140, 360, 260);
        g.setColor(land);
        g.fillOval(180, 160, 420, 260);
        g.setColor(land.brighter());
        g.fillRect(0, 250, 480, 50);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
