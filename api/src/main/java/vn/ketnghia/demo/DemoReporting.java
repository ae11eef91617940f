package vn.ketnghia.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import vn.ketnghia.demo.DemoResources.AgreementSpec;
import vn.ketnghia.demo.DemoResources.Partner;
import vn.ketnghia.demo.DemoResources.Unit;

/**
 * The demo's reporting rounds, worked out from the demo agreements without a database: who is on
 * each roster and what each reporter did (drafted, submitted on time or late, was returned, was
 * accepted) and when. {@link DemoReportingLoader} plays the story through the reporting services.
 * A fixed seed keeps it the same on every run.
 */
final class DemoReporting {

    /** 16/12/2019, a due date of the story. */
    static final long SEED = 20191216L;
    static final String MARK = "(Dữ liệu mẫu)";
    static final String PROVINCE_USER = "bdt";
    static final String PROVINCE_NAME = "Ban Dân tộc tỉnh Quảng Nam";
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /** Reporters whose demo users the browser tests sign in as; their reports in the open round are fixed, not drawn. */
    static final String SO_NN = "SNNPTNT";
    static final String SO_TC = "STC";
    static final String NAM_GIANG = "510";
    static final String TAY_GIANG = "504";

    record Round(String regime, int year, LocalDate windowStart, LocalDate windowEnd, LocalDate opensOn, LocalDate dueDate,
                 OffsetDateTime openedAt, OffsetDateTime closedAt, List<ReportPlan> reports) {

        boolean closed() {
            return closedAt != null;
        }
    }

    /** organization or district; its code; the districts its window agreements lie in. */
    record Reporter(String kind, String code, String name, List<String> districtCodes) {

        String key() {
            return kind + ":" + code;
        }

        String username() {
            if (kind.equals("district")) {
                return DemoGenerator.districtUser(code);
            }
            return switch (code) {
                case SO_NN -> "sonnptnt";
                case SO_TC -> "sotaichinh";
                default -> "demo-unit-" + code.toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    record Item(String theme, String districtCode, String text) {
    }

    record Narrative(String results, List<Item> difficulties, List<Item> recommendations) {

        Narrative revised() {
            return new Narrative(results.replace(" " + MARK, " Đã bổ sung số liệu theo yêu cầu của Ban Dân tộc tỉnh. " + MARK),
                    difficulties, recommendations);
        }
    }

    /**
     * One reporter's story in a round. Null moments did not happen; {@code narrative} null means the
     * reporter has not written a word.
     */
    record ReportPlan(Reporter reporter, Narrative narrative, OffsetDateTime submittedAt,
                      OffsetDateTime returnedAt, String returnReason, OffsetDateTime resubmittedAt, OffsetDateTime acceptedAt) {

        /** The status the story ends in. */
        String status() {
            if (acceptedAt != null) {
                return "accepted";
            }
            if (returnedAt != null && resubmittedAt == null) {
                return "returned";
            }
            return submittedAt != null ? "submitted" : "draft";
        }
    }

    private static final List<String> DEEDS = List.of(
            "Đã hỗ trợ xây dựng %d nhà tình nghĩa cho hộ nghèo, hộ chính sách; các hộ đã vào ở ổn định.",
            "Cấp %d con bò giống sinh sản cho hộ nghèo, kèm tập huấn kỹ thuật làm chuồng, chăm sóc và phòng bệnh cho gia súc.",
            "Hỗ trợ giống lúa, giống ngô lai và phân bón cho %d hộ sản xuất vụ Đông Xuân.",
            "Trao tặng bàn ghế, tủ sách và thiết bị dạy học cho %d điểm trường, giúp học sinh có điều kiện học tập tốt hơn.",
            "Phối hợp sửa chữa kênh mương thủy lợi nhỏ, bảo đảm nước tưới cho khoảng %d ha lúa nước.",
            "Tổ chức thăm hỏi, tặng %d suất quà Tết cho gia đình chính sách, hộ nghèo và người có uy tín trong đồng bào.",
            "Hỗ trợ xây dựng nhà văn hóa thôn và trang bị âm thanh phục vụ sinh hoạt cộng đồng cho %d thôn.",
            "Tặng %d bộ áo ấm, chăn màn cho học sinh bán trú và người già neo đơn trước mùa mưa rét.");
    private static final List<Item> DIFFICULTIES = List.of(
            new Item("production", null, "Một số hộ nhận bò giống chưa có kinh nghiệm chăn nuôi, chuồng trại còn tạm bợ."),
            new Item("material", null, "Giá vật liệu xây dựng và chi phí vận chuyển lên các thôn vùng cao tăng, ảnh hưởng tiến độ xây nhà."),
            new Item("coordination", null, "Việc trao đổi thông tin giữa đơn vị kết nghĩa và xã có lúc chưa thường xuyên."),
            new Item("spiritual", null, "Đường sá mùa mưa đi lại khó khăn nên một số hoạt động thăm hỏi phải lùi thời gian."),
            new Item("other", null, "Nguồn vận động xã hội hóa giảm so với các năm trước."));
    private static final List<Item> RECOMMENDATIONS = List.of(
            new Item("coordination", null, "Đề nghị UBND tỉnh sớm ban hành kế hoạch kết nghĩa giai đoạn tiếp theo để các đơn vị chủ động bố trí nguồn lực."),
            new Item("production", null, "Đề nghị ngành nông nghiệp tăng cường cán bộ khuyến nông hướng dẫn bà con chăm sóc vật nuôi, cây trồng."),
            new Item("material", null, "Đề nghị huyện bố trí thêm kinh phí đối ứng để hoàn thiện các công trình thủy lợi nhỏ."),
            new Item("spiritual", null, "Đề nghị duy trì giao lưu văn hóa, thể thao giữa đơn vị và địa phương kết nghĩa."),
            new Item("other", null, "Đề nghị Ban Dân tộc tỉnh tổ chức sơ kết, nhân rộng các mô hình hỗ trợ sinh kế hiệu quả."));
    private static final List<String> RETURN_REASONS = List.of(
            "Đề nghị bổ sung số hộ được hỗ trợ bò giống và kinh phí đối ứng của xã. " + MARK,
            "Báo cáo chưa nêu khó khăn theo từng xã kết nghĩa, đề nghị bổ sung. " + MARK,
            "Số liệu hỗ trợ nhà ở chưa khớp với biên bản bàn giao, đề nghị kiểm tra lại. " + MARK);

    private final DemoResources source;
    private final Random random = new Random(SEED);

    private DemoReporting(DemoResources source) {
        this.source = source;
    }

    static List<Round> rounds(DemoResources source) {
        return new DemoReporting(source).rounds();
    }

    private List<Round> rounds() {
        return List.of(
                closedRound("semi_annual", 2019, LocalDate.of(2019, 7, 15), 0.10, 0.92, 1, 0, 0),
                closedRound("annual", 2019, LocalDate.of(2020, 1, 15), 0.12, 0.95, 0, 1, 0),
                closedRound("semi_annual", 2020, LocalDate.of(2020, 7, 20), 0.25, 0.60, 2, 1, 1),
                openRound());
    }

    private Round round(String regime, int year) {
        boolean semi = regime.equals("semi_annual");
        LocalDate windowStart = LocalDate.of(year - 1, 12, 15);
        LocalDate windowEnd = semi ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 12, 14);
        LocalDate opensOn = semi ? LocalDate.of(year, 6, 1) : LocalDate.of(year, 12, 1);
        LocalDate dueDate = semi ? LocalDate.of(year, 6, 16) : LocalDate.of(year, 12, 16);
        return new Round(regime, year, windowStart, windowEnd, opensOn, dueDate, at(opensOn, 7, 30), null, List.of());
    }

    /**
     * A finished round: every reporter submitted (a few late) and most were accepted, except
     * {@code missing} who never did; {@code resubmitted} were returned once and accepted after
     * resubmitting; {@code stillReturned} were returned and had not resubmitted when it closed.
     */
    private Round closedRound(String regime, int year, LocalDate closedOn, double lateShare, double acceptedShare,
                              int missing, int resubmitted, int stillReturned) {
        Round base = round(regime, year);
        List<Reporter> roster = roster(base.windowStart(), base.windowEnd());
        List<ReportPlan> plans = new ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            Reporter reporter = roster.get(i);
            // The last reporters in roster order take the special parts, so the counts are exact.
            int fromEnd = roster.size() - 1 - i;
            if (fromEnd < missing) {
                plans.add(new ReportPlan(reporter, null, null, null, null, null, null));
                continue;
            }
            Narrative narrative = narrative(reporter, year);
            OffsetDateTime submitted = submission(base.dueDate(), random.nextDouble() < lateShare);
            if (fromEnd < missing + stillReturned) {
                plans.add(new ReportPlan(reporter, narrative, submitted, submitted.plusDays(3), pick(RETURN_REASONS), null, null));
            } else if (fromEnd < missing + stillReturned + resubmitted) {
                OffsetDateTime returned = submitted.plusDays(2);
                OffsetDateTime again = returned.plusDays(3);
                plans.add(new ReportPlan(reporter, narrative, submitted, returned, pick(RETURN_REASONS), again,
                        min(again.plusDays(2), at(closedOn.minusDays(1), 15, 0))));
            } else {
                OffsetDateTime accepted = random.nextDouble() < acceptedShare
                        ? min(submitted.plusDays(2 + random.nextInt(7)), at(closedOn.minusDays(1), 15, 0)) : null;
                plans.add(new ReportPlan(reporter, narrative, submitted, null, null, null, accepted));
            }
        }
        return new Round(regime, year, base.windowStart(), base.windowEnd(), base.opensOn(), base.dueDate(), base.openedAt(),
                at(closedOn, 16, 0), plans);
    }

    /**
     * The annual round of 2020, still open: some accepted, some submitted on time or late, one
     * returned, several still in draft and overdue. The demo users' reports are fixed: SNNPTNT's is an
     * empty draft (a browser test fills and submits it), Nam Giang's a draft, STC's the returned one,
     * Tây Giang's submitted on time and waiting for the province.
     */
    private Round openRound() {
        Round base = round("annual", 2020);
        LocalDate due = base.dueDate();
        List<ReportPlan> plans = new ArrayList<>();
        for (Reporter reporter : roster(base.windowStart(), base.windowEnd())) {
            Narrative narrative = narrative(reporter, 2020);
            String key = reporter.key();
            if (key.equals("organization:" + SO_NN)) {
                plans.add(new ReportPlan(reporter, null, null, null, null, null, null));
            } else if (key.equals("district:" + NAM_GIANG)) {
                plans.add(new ReportPlan(reporter, new Narrative(narrative.results(), List.of(), List.of()), null, null, null, null, null));
            } else if (key.equals("organization:" + SO_TC)) {
                plans.add(new ReportPlan(reporter, narrative, at(due.minusDays(2), 10, 15), at(due.plusDays(2), 9, 0),
                        RETURN_REASONS.getFirst(), null, null));
            } else if (key.equals("district:" + TAY_GIANG)) {
                plans.add(new ReportPlan(reporter, narrative, at(due.minusDays(1), 14, 40), null, null, null, null));
            } else {
                double draw = random.nextDouble();
                if (draw < 0.30) {
                    OffsetDateTime submitted = submission(due, false);
                    plans.add(new ReportPlan(reporter, narrative, submitted, null, null, null,
                            submitted.plusDays(1 + random.nextInt(5))));
                } else if (draw < 0.55) {
                    plans.add(new ReportPlan(reporter, narrative, submission(due, false), null, null, null, null));
                } else if (draw < 0.75) {
                    plans.add(new ReportPlan(reporter, narrative, submission(due, true), null, null, null, null));
                } else {
                    plans.add(new ReportPlan(reporter, random.nextBoolean() ? narrative : null, null, null, null, null, null));
                }
            }
        }
        return new Round(base.regime(), base.year(), base.windowStart(), base.windowEnd(), base.opensOn(), base.dueDate(),
                base.openedAt(), null, plans);
    }

    /** Partners with a signed agreement overlapping the window, then the receiving districts of those agreements, each by code. */
    List<Reporter> roster(LocalDate windowStart, LocalDate windowEnd) {
        Map<String, Partner> partners = new TreeMap<>();
        source.partners.forEach(p -> partners.put(p.code(), p));
        Map<String, Unit> units = new TreeMap<>();
        source.units.forEach(u -> units.put(u.code(), u));
        Map<String, Set<String>> organizations = new TreeMap<>();
        Map<String, Set<String>> districts = new TreeMap<>();
        for (AgreementSpec spec : source.agreements) {
            boolean overlaps = !spec.startDate().isAfter(windowEnd) && (spec.endDate() == null || !spec.endDate().isBefore(windowStart));
            if (spec.isProposed() || !overlaps) {
                continue;
            }
            Unit recipient = units.get(spec.recipient());
            String district = recipient.isCommune() ? recipient.parentCode() : recipient.code();
            organizations.computeIfAbsent(spec.organization(), k -> new LinkedHashSet<>()).add(district);
            districts.computeIfAbsent(district, k -> new LinkedHashSet<>()).add(district);
        }
        List<Reporter> roster = new ArrayList<>();
        organizations.forEach((code, in) -> roster.add(new Reporter("organization", code, partners.get(code).name(), List.copyOf(in))));
        districts.forEach((code, in) -> roster.add(new Reporter("district", code, units.get(code).name(), List.copyOf(in))));
        return roster;
    }

    private Narrative narrative(Reporter reporter, int year) {
        StringBuilder results = new StringBuilder();
        if (reporter.kind().equals("district")) {
            results.append("UBND huyện ").append(reporter.name()).append(" đã chỉ đạo các xã phối hợp chặt chẽ với các đơn vị kết nghĩa, "
                    + "tiếp nhận, quản lý và sử dụng đúng mục đích các nguồn hỗ trợ trong năm ").append(year).append('.');
        } else {
            results.append("Trong kỳ báo cáo, ").append(reporter.name()).append(" tiếp tục phối hợp với chính quyền địa phương "
                    + "triển khai các nội dung kết nghĩa theo chương trình năm ").append(year).append('.');
        }
        List<String> deeds = new ArrayList<>(DEEDS);
        java.util.Collections.shuffle(deeds, random);
        for (String deed : deeds.subList(0, 2 + random.nextInt(2))) {
            results.append(' ').append(String.format(deed, 3 + random.nextInt(18)));
        }
        results.append(" Các nội dung hỗ trợ đúng đối tượng, được Nhân dân đồng tình, phấn khởi. ").append(MARK);
        return new Narrative(results.toString(), items(DIFFICULTIES, reporter), items(RECOMMENDATIONS, reporter));
    }

    private List<Item> items(List<Item> pool, Reporter reporter) {
        List<Item> shuffled = new ArrayList<>(pool);
        java.util.Collections.shuffle(shuffled, random);
        List<Item> chosen = new ArrayList<>();
        for (Item item : shuffled.subList(0, 1 + random.nextInt(2))) {
            String district = random.nextBoolean() ? reporter.districtCodes().get(random.nextInt(reporter.districtCodes().size())) : null;
            chosen.add(new Item(item.theme(), district, item.text()));
        }
        return chosen;
    }

    /** In office hours: up to twelve days before the due date, or one to ten days after it. */
    private OffsetDateTime submission(LocalDate due, boolean late) {
        LocalDate day = late ? due.plusDays(1 + random.nextInt(10)) : due.minusDays(random.nextInt(13));
        return at(day, 8 + random.nextInt(9), random.nextInt(60));
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return OffsetDateTime.of(day, LocalTime.of(hour, minute), VIETNAM);
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
