import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTemplate, type Template } from '../../../../src/document/templates/readTemplate';
import { evaluateScenario } from '../../../../src/engine';
import { runStory, type StoryInput } from '../../../../src/engine/story';
import { atYear, withSlice, withoutSlices } from '../../../../src/engine/story/transforms';
import { changeText, msText } from '../../../../src/engine/story/wording';

function template(id: string): Template {
  const reading = readTemplate(JSON.parse(readFileSync(`static/templates/${id}.json`, 'utf8')));
  if (!reading.ok) throw new Error(reading.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return reading.template;
}

const inputOf = (t: Template): StoryInput => ({ baseline: t.baseline, edge: t.edgeScenario, ...t.presentation });
const p95Of = (result: ReturnType<typeof evaluateScenario>, id: string) => result.workloads.find((w) => w.id === id)?.p95Ms ?? null;

describe('runStory on the smart-city template', () => {
  const t = template('smart-city-urllc');
  const input = inputOf(t);
  const story = runStory(input);
  const step = (id: string) => story.steps.find((s) => s.id === id)!;
  const w = input.workloadId;

  it('tells the five steps in order', () => {
    expect(story.steps.map((s) => s.id)).toEqual(['baseline', 'edge', 'cut', 'slice', 'projection']);
  });

  it('headlines the engine’s own p95 of each variant, before and after the move', () => {
    const base = p95Of(evaluateScenario(input.baseline), w);
    const edge = p95Of(evaluateScenario(input.edge), w);
    expect(step('baseline').headline).toMatchObject({ before: null, after: base, unit: 'ms' });
    expect(step('edge').headline).toMatchObject({ before: base, after: edge });
    expect(edge!).toBeLessThan(base!);
    expect(step('edge').caption).toContain(`p95 latency ${msText(base)} → ${msText(edge)}`);
  });

  it('cuts the named link in the edge variant and says what the same cut does to the baseline', () => {
    const cut = evaluateScenario(input.edge, { failed: { linkIds: [input.cutLinkId] } });
    const baseCut = evaluateScenario(input.baseline, { failed: { linkIds: [input.cutLinkId] } });
    expect(step('cut').headline.after).toBe(p95Of(cut, w));
    expect(step('cut').figures[0]).toMatchObject({ after: p95Of(baseCut, w) });
    expect(step('cut').cutLink).toMatch(/long-haul fibre/);
  });

  it('compares the slice against the edge with reservations released', () => {
    const plain = evaluateScenario(withoutSlices(input.edge)).workloads.find((x) => x.id === w)!;
    const sliced = evaluateScenario(withSlice(input.edge, input.slice!)).workloads.find((x) => x.id === w)!;
    expect(step('slice').headline).toMatchObject({ before: plain.p99Ms, after: sliced.p99Ms });
    expect(sliced.p99Ms!).toBeLessThan(plain.p99Ms!);
    expect(sliced.urllcSlice).toBe(true);
  });

  it('looks at the projection year with the slice in place', () => {
    const later = evaluateScenario(atYear(withSlice(input.edge, input.slice!), input.projectionYear));
    const figure = step('projection').figures.find((f) => f.label.startsWith('p95 latency'))!;
    expect(figure.after).toBe(p95Of(later, w));
    expect(step('projection').title).toBe(`Look at ${input.projectionYear}`);
  });

  it('draws the request path through the sites its stages run on', () => {
    const sites = step('edge').path.sites.map((s) => s.siteId);
    const stageSites = input.edge.workloads.find((x) => x.id === w)!.stages.map((s) => s.siteId);
    for (const site of stageSites) expect(sites).toContain(site);
    expect(step('edge').path.links).toHaveLength(sites.length - 1);
  });

  it('is deterministic', () => {
    expect(runStory(input)).toEqual(story);
  });
});

describe('runStory without a slice', () => {
  it('leaves the slice step out and takes the template’s own title for the move', () => {
    const t = template('training-burst');
    const story = runStory(inputOf(t));
    expect(story.steps.map((s) => s.id)).toEqual(['baseline', 'edge', 'cut', 'projection']);
    expect(story.steps[1].title).toBe(t.presentation.edgeTitle);
  });

  it('says a workload with no latency is saturated or cut off, not a number', () => {
    const t = template('augmented-reality');
    const cut = runStory(inputOf(t)).steps.find((s) => s.id === 'cut')!;
    const baseline = cut.figures[0];
    if (baseline.after === null) expect(baseline.afterNote).toMatch(/saturated|cut off|no compute/);
    else expect(baseline.afterNote).toBeNull();
  });
});

describe('the story’s wording', () => {
  it('writes changes as signed whole percentages', () => {
    expect(changeText(84, 11)).toBe('−87 %');
    expect(changeText(100, 108)).toBe('+8 %');
    expect(changeText(50, 50)).toBe('±0 %');
    expect(changeText(0, 5)).toBeNull();
  });

  it('writes latencies with few digits', () => {
    expect(msText(4.53)).toBe('4.5 ms');
    expect(msText(26.3)).toBe('26 ms');
    expect(msText(4682)).toBe('4.7 s');
    expect(msText(null)).toBe('cut off');
  });
});
