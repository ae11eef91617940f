package vn.ketnghia.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.ketnghia.catalog.PeriodDtos.PeriodRequest;
import vn.ketnghia.catalog.PeriodDtos.PeriodView;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.web.IfMatch;

@ApplicationScoped
public class PeriodService {

    static final String ENTITY = "period";
    private static final Map<String, String> SORTS = Map.of("code", "p.code", "startYear", "p.startYear", "name", "p.name");

    @Inject
    History history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PeriodView> list(PageQuery paging) {
        String order = Sort.orderBy(paging.sort, SORTS, "p.startYear", "p.id");
        var rows = Period.<Period>find("from Period p" + order).page(paging.page, paging.size);
        return new Page<>(rows.list().stream().map(PeriodView::of).toList(), paging.page, paging.size, rows.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Period get(long id) {
        return Period.<Period>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Giai đoạn / period " + id));
    }

    @Transactional
    public Period create(PeriodRequest request) {
        validate(request, null);
        Period period = new Period();
        apply(period, request);
        period.persistAndFlush();
        history.record(ENTITY, period.id, "created", null, PeriodView.of(period));
        return period;
    }

    @Transactional
    public Period update(long id, String ifMatch, PeriodRequest request) {
        Period period = get(id);
        IfMatch.check(ifMatch, period.version);
        validate(request, period.id);
        PeriodView before = PeriodView.of(period);
        apply(period, request);
        period.flush();
        history.record(ENTITY, period.id, "updated", before, PeriodView.of(period));
        return period;
    }

    private static void validate(PeriodRequest request, Long selfId) {
        if (request.endYear() < request.startYear()) {
            throw ApiException.invalid("/endYear", "phải ≥ năm bắt đầu / must not be before startYear");
        }
        Period sameCode = Period.find("code", request.code()).firstResult();
        if (sameCode != null && !sameCode.id.equals(selfId)) {
            throw ApiException.conflict("Mã giai đoạn đã tồn tại / period code already exists: " + request.code());
        }
    }

    private static void apply(Period period, PeriodRequest request) {
        period.code = request.code().trim();
        period.name = request.name().trim();
        period.startYear = request.startYear();
        period.endYear = request.endYear();
        period.legalBasis = request.legalBasis();
    }
}
