import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ToneTag } from '@/components/tone-tag';
import type { Schemas } from '@/lib/api/client';

type Flags = Pick<Schemas['AdminUnitFlag'], 'especiallyDifficult' | 'ethnicMinorityArea' | 'border'>;

const flagTags = [
  { key: 'especiallyDifficult', tone: 'red' },
  { key: 'ethnicMinorityArea', tone: 'blue' },
  { key: 'border', tone: 'purple' },
] as const;

/** ĐBKK, DTTS, Biên giới: the short forms officials use, with the full name on hover and for screen readers. */
export function FlagTags({ flags }: { flags: Flags | undefined }) {
  const { t } = useTranslation();
  if (!flags) {
    return null;
  }
  return (
    <>
      {flagTags
        .filter(({ key }) => flags[key])
        .map(({ key, tone }) => (
          <Tooltip key={key} title={t(`flag.${key}Full`)}>
            <ToneTag tone={tone} aria-label={t(`flag.${key}Full`)}>
              {t(`flag.${key}`)}
            </ToneTag>
          </Tooltip>
        ))}
    </>
  );
}
