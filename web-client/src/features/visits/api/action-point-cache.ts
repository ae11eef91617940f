import type { QueryClient } from '@tanstack/react-query';
import type { Schemas } from '@/lib/api/client';
import { visitKeys } from './query-keys';

type MonitoringVisit = Schemas['MonitoringVisit'];

/**
 * After an action point changed: its row shows the server's answer at once, then the visit (whose
 * version moved), the visit lists (their counts) and the cross-visit lists are read again.
 */
export function actionPointChanged(queryClient: QueryClient, visitId: number, point: Schemas['ActionPoint']) {
  queryClient.setQueryData<MonitoringVisit>(visitKeys.detail(visitId), (visit) => {
    if (!visit) {
      return visit;
    }
    const points = visit.actionPoints ?? [];
    const known = points.some((candidate) => candidate.id === point.id);
    return {
      ...visit,
      actionPoints: known ? points.map((candidate) => (candidate.id === point.id ? point : candidate)) : [...points, point],
    };
  });
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: visitKeys.all }),
    queryClient.invalidateQueries({ queryKey: visitKeys.actionPoints.all }),
  ]);
}
