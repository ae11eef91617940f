package vn.ketnghia.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.ketnghia.catalog.OrganizationKind;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.support.FundingSource;
import vn.ketnghia.support.SupportForm;
import vn.ketnghia.support.SupportRecordStatus;

/**
 * What statistics can be grouped by. Each dimension is three SQL expressions (id, code, label) over
 * the aliases of {@link StatsQuery}: {@code s} the figures (support records or their yearly
 * aggregate), {@code a} agreement, {@code o} organisation, {@code c} support category, {@code r}
 * recipient, {@code d} receiving district, {@code pv} its province. {@code {year}} stands for the
 * year column of whatever is being summed.
 */
enum StatsDimension {
    YEAR("year", null, "cast({year} as varchar)", null, null),
    AREA("area", null, "c.area", null, SupportArea.class),
    CATEGORY("category", "c.id", "c.code", "c.name", null),
    PROVINCE("province", "pv.id", "pv.code", "pv.name", null),
    DISTRICT("district", "d.id", "d.code", "d.name", null),
    COMMUNE("commune", "r.id", "r.code", "r.name", null),
    ORGANIZATION("organization", "o.id", "o.code", "o.name", null),
    PARTNER_KIND("partnerKind", null, "o.kind", null, OrganizationKind.class),
    FUNDING_SOURCE("fundingSource", null, "s.funding_source", null, FundingSource.class),
    FORM("form", null, "s.form", null, SupportForm.class),
    STATUS("status", null, "s.status", null, SupportRecordStatus.class);

    static final int MAX = 2;

    /** The dimensions plans can be grouped by: those a programme and its items have. */
    static final List<StatsDimension> FOR_PLANS = List.of(YEAR, AREA, PROVINCE, DISTRICT, COMMUNE, ORGANIZATION, PARTNER_KIND);

    final String code;
    final String idExpression;
    final String codeExpression;
    final String labelExpression;
    final Class<? extends Coded> codes;

    StatsDimension(String code, String idExpression, String codeExpression, String labelExpression,
                   Class<? extends Coded> codes) {
        this.code = code;
        this.idExpression = idExpression;
        this.codeExpression = codeExpression;
        this.labelExpression = labelExpression;
        this.codes = codes;
    }

    /** The three selected columns: id, code, label (null literals where the dimension has none). */
    String columns(String year) {
        return (idExpression == null ? "cast(null as bigint)" : idExpression) + ", "
                + codeExpression.replace("{year}", year) + ", "
                + (labelExpression == null ? "cast(null as varchar)" : labelExpression);
    }

    /** The expressions to group by. */
    String grouping(String year) {
        return (idExpression == null ? "" : idExpression + ", ") + codeExpression.replace("{year}", year)
                + (labelExpression == null ? "" : ", " + labelExpression);
    }

    /** Where an enum code sorts under sort=key: the order of the enum's constants. */
    int rank(String value) {
        if (codes != null) {
            Coded[] constants = codes.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                if (constants[i].code().equals(value)) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    boolean isEnum() {
        return codes != null;
    }

    /**
     * Parses {@code groupBy}: comma-separated, at most {@link #MAX}, no repeats, each one of {@code allowed}.
     * Anything else is a 400 naming the parameter.
     */
    static List<StatsDimension> parse(String groupBy, List<StatsDimension> allowed) {
        List<StatsDimension> dimensions = new ArrayList<>();
        if (groupBy == null || groupBy.isBlank()) {
            return dimensions;
        }
        String names = allowed.stream().map(d -> d.code).collect(Collectors.joining(", "));
        for (String part : groupBy.split(",", -1)) {
            String name = part.trim();
            StatsDimension dimension = Arrays.stream(values()).filter(d -> d.code.equals(name) && allowed.contains(d))
                    .findFirst().orElseThrow(() -> ApiException.invalidParameter("groupBy",
                            "'" + name + "' không phải chiều thống kê hợp lệ; cho phép / is not a known dimension; allowed: " + names));
            if (dimensions.contains(dimension)) {
                throw ApiException.invalidParameter("groupBy", "'" + name + "' lặp lại / is repeated");
            }
            dimensions.add(dimension);
        }
        if (dimensions.size() > MAX) {
            throw ApiException.invalidParameter("groupBy",
                    "tối đa " + MAX + " chiều / at most " + MAX + " dimensions");
        }
        return dimensions;
    }
}
