import { readFileSync } from 'node:fs';
import { TEMPLATE_IDS } from '../../src/document/templates/templateIds';
import { readTemplate } from '../../src/document/templates/readTemplate';
import { evaluateScenario } from '../../src/engine';
import { runStory } from '../../src/engine/story';
import { median, quantile, timeRuns } from '../stats';
import { formatTable, type Cell } from '../table';

/**
 * Times each template's presentation story (src/engine/story), against one
 * evaluation of its baseline in the same process: the story evaluates about
 * a dozen derived documents plus a projection, so roughly 10–25 × is expected.
 */
export function storiesSection(warmup: number, runs: number): string {
  const rows: Cell[][] = TEMPLATE_IDS.map((id) => {
    const reading = readTemplate(JSON.parse(readFileSync(`static/templates/${id}.json`, 'utf8')));
    if (!reading.ok) throw new Error(`template ${id} does not read`);
    const t = reading.template;
    const input = { baseline: t.baseline, edge: t.edgeScenario, ...t.presentation };
    const once = timeRuns(() => evaluateScenario(t.baseline), warmup, runs);
    const story = timeRuns(() => runStory(input), warmup, runs);
    return [
      id,
      t.baseline.sites.length,
      runStory(input).steps.length,
      runs,
      median(story),
      quantile(story, 0.95),
      median(story) / median(once),
    ];
  });
  return formatTable(
    'Presentation stories: runStory(template) per template',
    ['template', 'sites', 'steps', 'runs', 'median ms', 'p95 ms', '× one evaluation'],
    rows,
  );
}
