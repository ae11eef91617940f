import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/lib/paths';
import { parseVisitFilters, visitFiltersToParams, type VisitFilters } from '../filters';
import { VisitsNav } from './visits-nav';
import { VisitsView } from './visits-view';

/**
 * `/visits`, and `/visits/:id` with that visit's drawer open, so other screens can link to a visit.
 * The filters live in the address, so a filtered list can be bookmarked and survives going back.
 */
export function VisitsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { id } = useParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  const filters = parseVisitFilters(params);
  const openVisitId = id && /^[1-9]\d*$/.test(id) ? Number(id) : undefined;

  return (
    <VisitsView
      filters={filters}
      onFiltersChange={(next: VisitFilters) => setParams(visitFiltersToParams(next))}
      openVisitId={openVisitId}
      onOpenVisit={(visitId) => navigate(`${visitId === undefined ? paths.visits : paths.visit(visitId)}${search}`)}
      header={(createButton) => (
        <>
          <PageHeader title={t('visits.title')} subtitle={t('visits.subtitle')} extra={createButton} />
          <div style={{ marginBottom: 16 }}>
            <VisitsNav current="list" />
          </div>
        </>
      )}
    />
  );
}
