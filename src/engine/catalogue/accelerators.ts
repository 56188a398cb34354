import { figure, type Figure } from './figure';

/**
 * Accelerators. Throughput is dense (no sparsity) at the precision each part is
 * normally run at for inference. Work per request in scenarios is in GFLOP where
 * one multiply-add counts as two operations, so ops/s here divide it directly.
 */
export const ACCELERATOR_IDS = ['h100-sxm', 'a100', 'l4', 't4', 'jetson-agx-orin', 'jetson-orin-nano-super', 'phone-npu', 'none'] as const;
export type AcceleratorId = (typeof ACCELERATOR_IDS)[number];

export interface AcceleratorSpec {
  readonly label: string;
  readonly peakTeraOpsPerSecond: Figure;
  readonly maxPowerW: Figure;
  readonly idlePowerW: Figure;
  /** Cloud on-demand price per accelerator-hour. */
  readonly onDemandUsdPerHour: Figure;
  /** Purchase price of one accelerator, for owned hardware. */
  readonly purchaseUsd: Figure;
}

const NO_CLOUD_OFFER = figure(0, 'USD/h', 'Not offered on demand', 'U');

export const ACCELERATORS: Record<AcceleratorId, AcceleratorSpec> = {
  'h100-sxm': {
    label: 'NVIDIA H100 SXM',
    peakTeraOpsPerSecond: figure(989, 'TFLOP/s', 'Dense FP16, NVIDIA datasheet summaries', 'H'),
    maxPowerW: figure(700, 'W', 'NVIDIA datasheet summaries', 'H'),
    idlePowerW: figure(70, 'W', 'About 10 % of board power when idle', 'U'),
    onDemandUsdPerHour: figure(12.29, 'USD/h', 'AWS p5.48xlarge (8×H100) $98.32/h ÷ 8, us-east-1, Q1 2026', 'M'),
    purchaseUsd: figure(27_500, 'USD', 'H100 SXM $25,000–30,000 (resellers)', 'L'),
  },
  a100: {
    label: 'NVIDIA A100',
    peakTeraOpsPerSecond: figure(312, 'TFLOP/s', 'Dense FP16, NVIDIA datasheet summaries', 'M'),
    maxPowerW: figure(400, 'W', 'SXM board power, NVIDIA datasheet summaries', 'M'),
    idlePowerW: figure(50, 'W', 'About 12 % of board power when idle', 'U'),
    onDemandUsdPerHour: figure(4.096, 'USD/h', 'AWS p4d.24xlarge (8×A100 40 GB) $32.77/h ÷ 8, us-east-1, Q1 2026', 'M'),
    purchaseUsd: figure(10_000, 'USD', 'Street price of a used or new A100 40 GB', 'U'),
  },
  l4: {
    label: 'NVIDIA L4',
    peakTeraOpsPerSecond: figure(121, 'TFLOP/s', 'Dense FP16 (242 sparse), NVIDIA', 'M'),
    maxPowerW: figure(72, 'W', 'NVIDIA', 'M'),
    idlePowerW: figure(16, 'W', 'About 20 % of board power when idle', 'U'),
    onDemandUsdPerHour: figure(0.8048, 'USD/h', 'AWS g6.xlarge (1×L4), us-east-1, Q1 2026', 'M'),
    purchaseUsd: figure(2150, 'USD', 'NVIDIA L4 card ~$1,800–2,500 (resellers)', 'M'),
  },
  t4: {
    label: 'NVIDIA T4',
    peakTeraOpsPerSecond: figure(65, 'TFLOP/s', 'FP16 tensor, NVIDIA', 'M'),
    maxPowerW: figure(70, 'W', 'NVIDIA', 'M'),
    idlePowerW: figure(10, 'W', 'About 15 % of board power when idle', 'U'),
    onDemandUsdPerHour: figure(0.526, 'USD/h', 'AWS g4dn.xlarge (1×T4), us-east-1, Q1 2026', 'M'),
    purchaseUsd: figure(1200, 'USD', 'Street price of a T4 card', 'U'),
  },
  'jetson-agx-orin': {
    label: 'NVIDIA Jetson AGX Orin',
    peakTeraOpsPerSecond: figure(137.5, 'TOP/s', '275 TOPS sparse INT8 (NVIDIA) ÷ 2 for dense', 'D'),
    maxPowerW: figure(60, 'W', 'NVIDIA, 15–60 W modes', 'M'),
    idlePowerW: figure(15, 'W', 'Lowest power mode, NVIDIA', 'M'),
    onDemandUsdPerHour: NO_CLOUD_OFFER,
    purchaseUsd: figure(1999, 'USD', 'Jetson AGX Orin 64 GB developer kit list price', 'U'),
  },
  'jetson-orin-nano-super': {
    label: 'NVIDIA Jetson Orin Nano Super',
    peakTeraOpsPerSecond: figure(33.5, 'TOP/s', '67 TOPS sparse INT8 (NVIDIA) ÷ 2 for dense', 'D'),
    maxPowerW: figure(25, 'W', 'NVIDIA, 7–25 W modes', 'M'),
    idlePowerW: figure(7, 'W', 'Lowest power mode, NVIDIA', 'M'),
    onDemandUsdPerHour: NO_CLOUD_OFFER,
    purchaseUsd: figure(249, 'USD', 'Jetson Orin Nano Super developer kit, NVIDIA', 'M'),
  },
  'phone-npu': {
    label: 'Phone NPU',
    peakTeraOpsPerSecond: figure(22.5, 'TOP/s', 'Snapdragon 8 Gen 3 "45+ TOPS" (precision unstated) ÷ 2 for dense', 'L'),
    maxPowerW: figure(5, 'W', 'Sustained phone SoC power budget', 'U'),
    idlePowerW: figure(0.5, 'W', 'Idle NPU', 'U'),
    onDemandUsdPerHour: NO_CLOUD_OFFER,
    purchaseUsd: figure(0, 'USD', "Part of the user's phone: not costed", 'U'),
  },
  none: {
    label: 'No accelerator',
    peakTeraOpsPerSecond: figure(0, 'TFLOP/s', 'Network-only site', 'U'),
    maxPowerW: figure(0, 'W', 'Network-only site', 'U'),
    idlePowerW: figure(0, 'W', 'Network-only site', 'U'),
    onDemandUsdPerHour: NO_CLOUD_OFFER,
    purchaseUsd: figure(0, 'USD', 'Network-only site', 'U'),
  },
};
