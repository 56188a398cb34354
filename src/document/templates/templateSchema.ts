import * as v from 'valibot';
import { ACCELERATOR_IDS } from '../../engine/catalogue/accelerators';

/**
 * A template: one worked use case from the article, told as a story. It holds
 * a baseline scenario (inference where it runs today, usually the cloud), the
 * edge variant as the stages it moves, and what the presentation mode shows
 * step by step. The baseline is a full scenario document, checked by
 * validateScenario like any other; this schema covers the rest.
 */
export const TEMPLATE_VERSION = 1;

const id = (what: string) =>
  v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(64, 'must be at most 64 characters'), v.description(what));
const text = (max: number, what: string) =>
  v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`), v.description(what));

/** Stage placements: workload id → stage id → site id. */
const PlacementsSchema = v.record(id('Workload id'), v.record(id('Stage id'), id('Site id')));

export const TemplateSchema = v.object({
  templateVersion: v.pipe(v.literal(TEMPLATE_VERSION, `must be ${TEMPLATE_VERSION}`), v.description('Version of the template format')),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,48}$/, 'must be lower-case letters, digits and dashes'), v.description('Template id')),
  title: text(80, 'Title on the gallery card'),
  tagline: text(160, 'One line under the title: the business question'),
  /** Article themes the card is filed under (URLLC, sovereignty, egress, …). */
  tags: v.pipe(v.array(text(24, 'Tag')), v.maxLength(5, 'must have at most 5 tags')),
  story: v.pipe(
    v.array(text(700, 'A paragraph of the story')),
    v.minLength(1, 'must have at least one paragraph'),
    v.maxLength(4, 'must have at most 4 paragraphs'),
  ),
  baselineName: text(60, 'Name of the baseline variant'),
  /** The baseline scenario document (validated by validateScenario). */
  baseline: v.unknown(),
  edge: v.object({
    name: text(60, 'Name of the edge variant'),
    /** The stages the edge variant moves, and where to. */
    placements: PlacementsSchema,
    /** Accelerators the edge variant changes, by site: GPUs added at the edge, or released in the cloud once nothing runs there. */
    compute: v.optional(
      v.record(
        id('Site id'),
        v.object({
          acceleratorId: v.optional(v.pipe(v.picklist(ACCELERATOR_IDS, `must be one of ${ACCELERATOR_IDS.join(', ')}`))),
          count: v.pipe(
            v.number(),
            v.integer('must be a whole number'),
            v.minValue(0, 'must be ≥ 0'),
            v.maxValue(1_000_000, 'must be ≤ 1,000,000'),
          ),
        }),
      ),
    ),
  }),
  presentation: v.object({
    /** The workload whose figures headline every step. */
    workloadId: id('Headline workload'),
    /** The fibre cut in the third step (a link of the edge variant). */
    cutLinkId: id('Link to cut'),
    /** The URLLC slice added in the fourth step: the workloads that ride it and the radio links that reserve it (none: no radio access, the step is left out). */
    slice: v.optional(
      v.object({
        workloadIds: v.pipe(v.array(id('Workload id')), v.minLength(1, 'must name at least one workload')),
        linkIds: v.pipe(v.array(id('Link id')), v.minLength(1, 'must name at least one link')),
        reservedMbps: v.pipe(v.number(), v.gtValue(0, 'must be > 0'), v.description('Capacity reserved per direction, Mbit/s')),
      }),
    ),
    /** The second step's title when the move is not "to the edge" (a burst to another region). */
    edgeTitle: v.optional(text(60, 'Title of the second presentation step')),
    /** The year of the last step's projection. */
    projectionYear: v.pipe(v.number(), v.integer(), v.minValue(2026, 'must be ≥ 2026'), v.maxValue(2035, 'must be ≤ 2035')),
  }),
});

export type TemplateInput = v.InferOutput<typeof TemplateSchema>;
export type Placements = v.InferOutput<typeof PlacementsSchema>;
