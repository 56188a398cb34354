import type { AcceleratorId } from '../../src/engine/catalogue/accelerators';
import type { MediumId } from '../../src/engine/catalogue/media';
import type { DataClass } from '../../src/engine/scenario/schema';

/** Where along the device → edge → regional → cloud chain a stage runs. */
export type Level = 'device' | 'edge' | 'regional' | 'cloud';

export interface StageTemplate {
  readonly level: Level;
  readonly name: string;
  /** GFLOP per request, a multiply-add counted as 2 (shared/reference/figures.md §6). */
  readonly gflopsPerRequest: number;
  readonly outputKB: number;
  readonly inputDataClass: DataClass;
}

/** A kind of device group and the pipeline its requests run; a workload uses the first 3–5 stages. */
export interface DeviceKind {
  readonly label: string;
  readonly accelerator: AcceleratorId;
  readonly deviceCount: readonly [min: number, max: number];
  /** Requests per second per device, drawn log-uniformly. */
  readonly requestsPerSecond: readonly [min: number, max: number];
  readonly inputKB: number;
  readonly returnsToDevice: boolean;
  readonly latencyObjectiveP95Ms: number;
  /** Radio the group reaches its edge by, and which kind of edge that is. */
  readonly attach: readonly { readonly medium: MediumId; readonly edge: 'farEdge' | 'nearEdge' }[];
  readonly stages: readonly [StageTemplate, StageTemplate, StageTemplate, StageTemplate, StageTemplate];
}

const BERT_BASE_GFLOP = 22; // 128 tokens, figures.md §6 (D)
const RESNET50_GFLOP = 8.18; // 4.09 G multiply-adds × 2, torchvision (H)
/** An 8 B-parameter decoder at 2 FLOP per parameter per token (Kaplan et al.), 256 tokens. */
const LLM_8B_256_TOKENS_GFLOP = 16 * 256;

export const DEVICE_KINDS = {
  camera: {
    label: 'Traffic cameras',
    accelerator: 'jetson-orin-nano-super',
    deviceCount: [20, 500],
    requestsPerSecond: [1, 10],
    inputKB: 250, // 1080p JPEG at quality 50: 0.19–0.31 MB
    returnsToDevice: false,
    latencyObjectiveP95Ms: 150,
    attach: [
      { medium: '5g-urllc', edge: 'nearEdge' },
      { medium: 'wifi-6', edge: 'farEdge' },
    ],
    stages: [
      { level: 'device', name: 'Detect road users (YOLOv8n)', gflopsPerRequest: 8.7, outputKB: 4, inputDataClass: 'rawPersonal' },
      { level: 'edge', name: 'Track and fuse', gflopsPerRequest: 2, outputKB: 1, inputDataClass: 'derived' },
      {
        level: 'regional',
        name: 'Re-identify vehicles (ResNet-50)',
        gflopsPerRequest: RESNET50_GFLOP,
        outputKB: 0.5,
        inputDataClass: 'derived',
      },
      { level: 'cloud', name: 'Aggregate flows', gflopsPerRequest: 0.5, outputKB: 0.2, inputDataClass: 'aggregate' },
      { level: 'cloud', name: 'Update city dashboard', gflopsPerRequest: 0.1, outputKB: 0.1, inputDataClass: 'aggregate' },
    ],
  },
  phone: {
    label: 'Phones',
    accelerator: 'phone-npu',
    deviceCount: [200, 2000],
    requestsPerSecond: [0.1, 0.5],
    inputKB: 32, // 1 s of 16-bit audio at 16 kHz
    returnsToDevice: true,
    latencyObjectiveP95Ms: 2500,
    attach: [{ medium: '5g-embb', edge: 'nearEdge' }],
    stages: [
      { level: 'device', name: 'Speech to text', gflopsPerRequest: 3, outputKB: 1, inputDataClass: 'rawPersonal' },
      { level: 'edge', name: 'Safety filter (BERT-base)', gflopsPerRequest: BERT_BASE_GFLOP, outputKB: 1, inputDataClass: 'derived' },
      {
        level: 'regional',
        name: 'Embed and retrieve (BERT-base)',
        gflopsPerRequest: BERT_BASE_GFLOP,
        outputKB: 8,
        inputDataClass: 'derived',
      },
      {
        level: 'cloud',
        name: 'Answer (8 B LLM, 256 tokens)',
        gflopsPerRequest: LLM_8B_256_TOKENS_GFLOP,
        outputKB: 2,
        inputDataClass: 'derived',
      },
      { level: 'cloud', name: 'Moderate answer (BERT-base)', gflopsPerRequest: BERT_BASE_GFLOP, outputKB: 2, inputDataClass: 'derived' },
    ],
  },
  factory: {
    label: 'Inspection cameras',
    accelerator: 'none',
    deviceCount: [20, 300],
    requestsPerSecond: [0.5, 10],
    inputKB: 400, // 1080p JPEG at quality 80: 0.33–0.52 MB
    returnsToDevice: false,
    latencyObjectiveP95Ms: 100,
    attach: [{ medium: 'wifi-6', edge: 'farEdge' }],
    stages: [
      { level: 'edge', name: 'Detect defects (YOLOv8s)', gflopsPerRequest: 28.6, outputKB: 2, inputDataClass: 'raw' },
      { level: 'edge', name: 'Classify defect (ResNet-50)', gflopsPerRequest: RESNET50_GFLOP, outputKB: 0.5, inputDataClass: 'derived' },
      { level: 'regional', name: 'Line statistics', gflopsPerRequest: 1, outputKB: 0.2, inputDataClass: 'derived' },
      { level: 'cloud', name: 'Fleet quality model', gflopsPerRequest: 5, outputKB: 0.2, inputDataClass: 'aggregate' },
      { level: 'cloud', name: 'Quality report', gflopsPerRequest: 0.1, outputKB: 0.1, inputDataClass: 'aggregate' },
    ],
  },
  vehicle: {
    label: 'Connected vehicles',
    accelerator: 'jetson-agx-orin',
    deviceCount: [20, 500],
    requestsPerSecond: [2, 10],
    inputKB: 300,
    returnsToDevice: true,
    latencyObjectiveP95Ms: 60,
    attach: [{ medium: '5g-urllc', edge: 'nearEdge' }],
    stages: [
      { level: 'device', name: 'Encode camera features', gflopsPerRequest: 10, outputKB: 20, inputDataClass: 'rawPersonal' },
      { level: 'edge', name: 'Detect objects (YOLOv8m)', gflopsPerRequest: 78.9, outputKB: 4, inputDataClass: 'derived' },
      { level: 'regional', name: 'Fuse with HD map', gflopsPerRequest: 10, outputKB: 2, inputDataClass: 'derived' },
      { level: 'cloud', name: 'Update map tiles', gflopsPerRequest: 2, outputKB: 1, inputDataClass: 'aggregate' },
      { level: 'cloud', name: 'Sample training data', gflopsPerRequest: 0.5, outputKB: 0.5, inputDataClass: 'aggregate' },
    ],
  },
  wearable: {
    label: 'Health wearables',
    accelerator: 'phone-npu',
    deviceCount: [200, 2000],
    requestsPerSecond: [0.1, 1],
    inputKB: 2,
    returnsToDevice: true,
    latencyObjectiveP95Ms: 500,
    attach: [{ medium: '5g-embb', edge: 'nearEdge' }],
    stages: [
      { level: 'device', name: 'Filter signals', gflopsPerRequest: 0.1, outputKB: 1, inputDataClass: 'rawPersonal' },
      { level: 'edge', name: 'Detect anomalies', gflopsPerRequest: 0.5, outputKB: 0.5, inputDataClass: 'derived' },
      { level: 'regional', name: 'Risk model', gflopsPerRequest: 2, outputKB: 0.5, inputDataClass: 'derived' },
      { level: 'cloud', name: 'Summarise (BERT-base)', gflopsPerRequest: BERT_BASE_GFLOP, outputKB: 1, inputDataClass: 'aggregate' },
      { level: 'cloud', name: 'Cohort analytics', gflopsPerRequest: 5, outputKB: 0.2, inputDataClass: 'aggregate' },
    ],
  },
} as const satisfies Record<string, DeviceKind>;

export type DeviceKindId = keyof typeof DEVICE_KINDS;

/** Share of device groups of each kind. */
export const DEVICE_KIND_MIX: Readonly<Record<DeviceKindId, number>> = { camera: 25, phone: 25, factory: 15, vehicle: 15, wearable: 20 };
