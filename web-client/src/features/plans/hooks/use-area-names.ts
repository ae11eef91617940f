import { useTranslation } from 'react-i18next';
import { useSupportAreas } from '../api/get-support-areas';

const KNOWN_AREAS = ['spiritual', 'material', 'production'];

/**
 * The support areas' order and names. The catalogue names them in Vietnamese; in English the
 * interface's own translation is used. Until the catalogue answers, the order of task 1b applies.
 */
export function useAreaNames() {
  const { t, i18n } = useTranslation();
  const areas = useSupportAreas();
  const order = areas.data?.map((area) => area.code ?? '') ?? KNOWN_AREAS;
  const name = (code: string | undefined): string => {
    const known = code && KNOWN_AREAS.includes(code) ? t(`area.${code}` as 'area.material') : undefined;
    const fromCatalogue = areas.data?.find((area) => area.code === code)?.name;
    if (i18n.language === 'vi') {
      return fromCatalogue ?? known ?? code ?? '';
    }
    return known ?? fromCatalogue ?? code ?? '';
  };
  return { order, name };
}
