import { Image } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { usePracticeImageUrl } from '../api/practice-files';

type PracticeFile = Schemas['GoodPracticeFile'];

function GalleryImage({ practiceId, file }: { practiceId: number; file: PracticeFile }) {
  const url = usePracticeImageUrl(practiceId, file.id);
  return (
    <Image
      src={url}
      alt={file.fileName}
      width={200}
      height={140}
      style={{ objectFit: 'cover', borderRadius: 6 }}
      placeholder
    />
  );
}

/** The practice's photos; a click opens antd's preview, which steps through all of them. */
export function PracticeGallery({ practiceId, images }: { practiceId: number; images: PracticeFile[] }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('practices.photos')} style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
      <Image.PreviewGroup>
        {images.map((file) => (
          <GalleryImage key={file.id} practiceId={practiceId} file={file} />
        ))}
      </Image.PreviewGroup>
    </div>
  );
}
