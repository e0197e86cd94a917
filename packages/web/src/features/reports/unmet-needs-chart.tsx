// The bar chart pulls in @mantine/charts (recharts): its styles load with this page only.
import '@mantine/charts/styles.css';
import type { UnmetNeedsCategoryTotal } from '@careloop/core';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chartRows } from './report-model.js';

/** The counts by category as bars; the table beside it carries the same numbers for everyone. */
export function UnmetNeedsChart({ lines }: { lines: readonly UnmetNeedsCategoryTotal[] }) {
  const { t } = useTranslation();
  const data = chartRows(lines, (c) => t(`carePlan.categories.${c}`));
  return (
    <Box role="img" aria-label={t('reports.chartLabel')}>
      <BarChart
        h={Math.max(160, 44 * data.length + 60)}
        data={data}
        dataKey="category"
        orientation="vertical"
        yAxisProps={{ width: 180 }}
        series={[
          { name: 'recorded', label: t('reports.recorded'), color: 'blue.7' },
          { name: 'open', label: t('reports.open'), color: 'orange.7' },
        ]}
        withLegend
        tooltipAnimationDuration={0}
      />
    </Box>
  );
}
