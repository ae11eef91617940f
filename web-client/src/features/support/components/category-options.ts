import type { TFunction } from 'i18next';
import type { Schemas } from '@/lib/api/client';
import { SUPPORT_AREAS, type SupportArea } from '../filters';

type Category = Pick<Schemas['SupportCategory'], 'id' | 'name' | 'area'>;

/** Categories grouped under their support area, in the order of task 1b. */
export function categoryOptions(categories: Category[], t: TFunction, onlyArea?: SupportArea) {
  return SUPPORT_AREAS.filter((area) => !onlyArea || area === onlyArea)
    .map((area) => ({
      label: t(`area.${area}`),
      title: t(`area.${area}`),
      options: categories
        .filter((category) => category.area === area && category.id !== undefined)
        .map((category) => ({ value: category.id as number, label: category.name ?? '' })),
    }))
    .filter((group) => group.options.length > 0);
}
