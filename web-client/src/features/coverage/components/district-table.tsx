import { Flex, Progress, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import type { CoverageDistrict } from '../types';
import { paths } from '@/lib/paths';

type DistrictRow = CoverageDistrict;

/** Red below half covered, amber below all, green when every especially-difficult commune has a partner. */
function coverageColour(covered: number, total: number): string {
  if (total === 0 || covered === total) {
    return '#389e0d';
  }
  return covered * 2 < total ? '#cf1322' : '#d48806';
}

function percentCovered(covered: number, total: number): number {
  return total === 0 ? 100 : Math.round((covered * 100) / total);
}

/** The district × commune table: one row per district, expanding to its communes coloured by coverage. */
export function DistrictTable({ districts, loading }: { districts: DistrictRow[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableProps<DistrictRow>['columns'] = [
    { title: t('coverage.field.district'), dataIndex: 'name', key: 'name' },
    {
      title: t('coverage.field.especiallyDifficult'),
      dataIndex: 'especiallyDifficult',
      key: 'especiallyDifficult',
      align: 'right',
    },
    { title: t('coverage.field.covered'), dataIndex: 'covered', key: 'covered', align: 'right' },
    {
      title: t('coverage.field.uncovered'),
      dataIndex: 'uncovered',
      key: 'uncovered',
      align: 'right',
      render: (value: number) => (value > 0 ? <Typography.Text type="danger">{value}</Typography.Text> : value),
    },
    {
      title: t('coverage.field.coverage'),
      key: 'coverage',
      width: 220,
      render: (_, row) => (
        <Flex gap={8} align="center">
          <Progress
            percent={percentCovered(row.covered, row.especiallyDifficult)}
            strokeColor={coverageColour(row.covered, row.especiallyDifficult)}
            size="small"
            style={{ width: 140, margin: 0 }}
            aria-label={t('coverage.communeCount', { covered: row.covered, total: row.especiallyDifficult })}
          />
          {row.districtTwinning && <Tag color="blue">{t('coverage.flag.districtTwinning')}</Tag>}
        </Flex>
      ),
    },
  ];

  return (
    <Table<DistrictRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={districts}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <EmptyState description={t('coverage.empty.districts')} compact /> }}
      expandable={{
        expandedRowRender: (row) => (
          <Flex gap={6} wrap>
            {row.communes.map((commune) => (
              <Tag key={commune.id} color={commune.partnerCount > 0 ? 'green' : 'red'}>
                <Link to={paths.communeProfile(commune.id)}>
                  {commune.name} ({commune.partnerCount})
                </Link>
              </Tag>
            ))}
          </Flex>
        ),
      }}
    />
  );
}
