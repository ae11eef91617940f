package vn.ketnghia.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The hand-written demo files under {@code resources/demo/}, parsed. They are semicolon-separated
 * because Vietnamese names contain commas ("Sở Văn hóa, Thể thao và Du lịch"); lines starting with
 * {@code #} are comments. Any malformed line stops the load with its file and line number.
 */
final class DemoResources {

    static final String FOLDER = "/demo/";

    /** A province, district or commune, with its flags for the two periods before and in the demo. */
    record Unit(String level, String code, String parentCode, String kind, String terrain, String name,
                boolean difficult2012, boolean difficult2016, boolean ethnicMinority, boolean border) {

        boolean isCommune() {
            return "commune".equals(level);
        }

        boolean isMountainousDistrict() {
            return "district".equals(level) && "mountainous".equals(terrain);
        }
    }

    record Partner(String code, String kind, String districtCode, String name, String phone, String officerName,
                   String officerTitle, String officerPhone, List<String> focus) {
    }

    record AgreementSpec(String organization, String recipient, String recipientName, String status,
                         String documentNumber, LocalDate signedOn, LocalDate startDate, LocalDate endDate,
                         LocalDate activeUntil, long annualBudgetVnd, boolean draft2020, String notes) {

        boolean isProposed() {
            return "proposed".equals(status);
        }

        /** The last day the partner gave anything: the suspension, or the end of the agreement. */
        LocalDate lastSupportDay() {
            return activeUntil != null ? activeUntil : endDate;
        }
    }

    record Template(String key, boolean adhoc, String area, List<String> categoryWords, String planDescription,
                    String recordDescription, String unit, int minQuantity, int maxQuantity, long unitPriceVnd,
                    String form, String beneficiary, Integer beneficiaryMin, Integer beneficiaryMax, String when,
                    int chance) {

        /** Months it is usually given in (1–12); empty when any working month will do. */
        List<Integer> months() {
            if (adhoc || when.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(when.split("\\|")).map(String::trim).map(Integer::parseInt).toList();
        }
    }

    record Text(String kind, String key, String text) {
    }

    final List<Unit> units;
    final List<Partner> partners;
    final List<AgreementSpec> agreements;
    final List<Template> templates;
    final List<Text> texts;

    private DemoResources(List<Unit> units, List<Partner> partners, List<AgreementSpec> agreements,
                          List<Template> templates, List<Text> texts) {
        this.units = units;
        this.partners = partners;
        this.agreements = agreements;
        this.templates = templates;
        this.texts = texts;
    }

    static DemoResources read() {
        return new DemoResources(
                parse("admin-units.csv", 10, DemoResources::unit),
                parse("organizations.csv", 9, DemoResources::partner),
                parse("agreements.csv", 12, DemoResources::agreement),
                parse("support-templates.csv", 16, DemoResources::template),
                parse("texts.csv", 3, f -> new Text(required(f, 0), f[1], required(f, 2))));
    }

    List<String> texts(String kind, String key) {
        return texts.stream().filter(t -> t.kind().equals(kind) && (key == null || t.key().equals(key)))
                .map(Text::text).toList();
    }

    private static Unit unit(String[] f) {
        String level = oneOf(f, 0, Set.of("province", "district", "commune"));
        boolean commune = level.equals("commune");
        return new Unit(level, required(f, 1), level.equals("province") ? null : required(f, 2), required(f, 3),
                level.equals("district") ? oneOf(f, 4, Set.of("mountainous", "lowland")) : null, required(f, 5),
                commune && flag(f, 6), commune && flag(f, 7), commune && flag(f, 8), commune && flag(f, 9));
    }

    private static Partner partner(String[] f) {
        String kind = oneOf(f, 1, Set.of("department", "agency", "mass_organization", "enterprise", "lowland_district"));
        return new Partner(required(f, 0), kind, kind.equals("lowland_district") ? required(f, 2) : null,
                required(f, 3), required(f, 4), required(f, 5), required(f, 6), required(f, 7), list(f[8]));
    }

    private static AgreementSpec agreement(String[] f) {
        String status = oneOf(f, 3, Set.of("proposed", "active", "suspended", "ended"));
        boolean signed = !status.equals("proposed");
        return new AgreementSpec(required(f, 0), required(f, 1), required(f, 2), status,
                signed ? required(f, 4) : null, signed ? date(required(f, 5)) : null,
                date(required(f, 6)), date(required(f, 7)), f[8].isEmpty() ? null : date(f[8]),
                Long.parseLong(required(f, 9)), f[10].equals("draft"), f[11].isEmpty() ? null : f[11]);
    }

    private static Template template(String[] f) {
        boolean adhoc = oneOf(f, 1, Set.of("planned", "adhoc")).equals("adhoc");
        return new Template(required(f, 0), adhoc, oneOf(f, 2, Set.of("spiritual", "material", "production")),
                list(required(f, 3)), adhoc ? f[4] : required(f, 4), required(f, 5), required(f, 6),
                Integer.parseInt(required(f, 7)), Integer.parseInt(required(f, 8)), Long.parseLong(required(f, 9)),
                oneOf(f, 10, Set.of("cash", "in_kind", "mixed")), f[11],
                f[12].isEmpty() ? null : Integer.valueOf(f[12]), f[13].isEmpty() ? null : Integer.valueOf(f[13]),
                adhoc ? required(f, 14) : f[14], adhoc ? Integer.parseInt(required(f, 15)) : 0);
    }

    private static <T> List<T> parse(String file, int fields, Function<String[], T> row) {
        List<T> rows = new ArrayList<>();
        try (InputStream in = DemoResources.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Demo data file missing from the classpath: " + FOLDER + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] values = line.split(";", -1);
                if (values.length != fields) {
                    throw new IllegalStateException(file + " line " + lineNumber + ": " + values.length
                            + " fields, expected " + fields);
                }
                if (header) {
                    header = false;
                    continue;
                }
                for (int i = 0; i < values.length; i++) {
                    values[i] = values[i].strip();
                }
                try {
                    rows.add(row.apply(values));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new IllegalStateException(file + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo data file " + file, e);
        }
        return List.copyOf(rows);
    }

    private static String required(String[] fields, int index) {
        if (fields[index].isEmpty()) {
            throw new IllegalArgumentException("field " + (index + 1) + " is empty");
        }
        return fields[index];
    }

    private static String oneOf(String[] fields, int index, Set<String> allowed) {
        String value = required(fields, index);
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + allowed);
        }
        return value;
    }

    private static boolean flag(String[] fields, int index) {
        return oneOf(fields, index, Set.of("0", "1")).equals("1");
    }

    private static LocalDate date(String value) {
        return LocalDate.parse(value);
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).toList();
    }
}
