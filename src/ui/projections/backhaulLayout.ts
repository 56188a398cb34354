import type { BackhaulProjection, BackhaulYear } from '../../engine/projections/types';
import { linesLayout, type LinesLayout } from './linesLayout';
import { compactNumber } from './chartFormat';
import type { Margin } from './chartScales';

export type BackhaulMeasure = 'backhaulGbPerMonth' | 'egressUsdPerMonth';

const PANEL_MARGIN: Margin = { top: 26, right: 14, bottom: 30, left: 50 };

/** One small panel: this measure, current against all in cloud. */
export function backhaulPanelLayout(
  backhaul: BackhaulProjection,
  measure: BackhaulMeasure,
  widthPx: number,
  heightPx: number,
): LinesLayout {
  const years = backhaul.current.map((b) => b.year);
  const values = (rows: readonly BackhaulYear[] | null) => years.map((year) => rows?.find((r) => r.year === year)?.[measure] ?? null);
  return linesLayout(
    years,
    [
      { key: 'current', values: values(backhaul.current) },
      ...(backhaul.allInCloud === null ? [] : [{ key: 'allInCloud', values: values(backhaul.allInCloud) }]),
    ],
    widthPx,
    heightPx,
    { formatTick: compactNumber, margin: PANEL_MARGIN },
  );
}

export interface EdgeSaving {
  readonly year: number;
  /** All-in-cloud minus current: positive when the edge saves. */
  readonly egressUsdPerMonth: number;
  readonly backhaulGbPerMonth: number;
}

/** What keeping work off the cloud saves in `year` (the latest year when it is not projected); null without an all-in-cloud variant. */
export function edgeSaving(backhaul: BackhaulProjection, year: number): EdgeSaving | null {
  if (backhaul.allInCloud === null || backhaul.current.length === 0) return null;
  const at = backhaul.current.find((b) => b.year === year) ?? backhaul.current[backhaul.current.length - 1];
  const cloud = backhaul.allInCloud.find((b) => b.year === at.year);
  if (cloud === undefined) return null;
  return {
    year: at.year,
    egressUsdPerMonth: cloud.egressUsdPerMonth - at.egressUsdPerMonth,
    backhaulGbPerMonth: cloud.backhaulGbPerMonth - at.backhaulGbPerMonth,
  };
}
