/** Number formatting for the UI: units always shown, precision by magnitude. */

export function formatMs(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatUsd(usd: number): string {
  if (usd >= 1e6) return `$${(usd / 1e6).toFixed(2)}M`;
  if (usd >= 10_000) return `$${(usd / 1000).toFixed(1)}k`;
  if (usd > 0 && usd < 0.1) return `$${usd.toPrecision(2)}`;
  return `$${usd.toLocaleString('en-US', { maximumFractionDigits: usd < 10 ? 2 : 0 })}`;
}

export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  if (fraction > 0 && fraction < 0.01) return '<1 %';
  return `${Math.round(fraction * 100)} %`;
}

export function formatMbps(mbps: number): string {
  if (mbps >= 1000) return `${(mbps / 1000).toFixed(mbps >= 10_000 ? 0 : 1)} Gbit/s`;
  if (mbps >= 1) return `${mbps.toFixed(mbps >= 100 ? 0 : 1)} Mbit/s`;
  if (mbps > 0) return `${(mbps * 1000).toFixed(0)} kbit/s`;
  return '0';
}

export function formatKw(kw: number): string {
  if (kw >= 1000) return `${(kw / 1000).toFixed(2)} MW`;
  if (kw >= 1) return `${kw.toFixed(1)} kW`;
  return `${Math.round(kw * 1000)} W`;
}

export function formatNumber(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 3 });
}
