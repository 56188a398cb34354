import type { Template } from '../../document/templates/readTemplate';
import type { Story } from '../../engine/story/types';
import { formatError } from '../../engine/scenario/errors';
import type { AppState } from '../state/app.svelte';
import type { StoryResponse } from '../../worker/protocol';

/** The presentation's story as the worker tells it: loading, told, or why not. */
export type StoryState =
  { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly story: Story } | { readonly kind: 'failed'; readonly message: string };

/** Asks the engine for a template's story. Never rejects. */
export async function requestStory(app: AppState, template: Template): Promise<StoryState> {
  try {
    const response = await app.runInEngine<StoryResponse>((api) =>
      api.story({
        baseline: template.baseline,
        edge: template.edgeScenario,
        workloadId: template.presentation.workloadId,
        cutLinkId: template.presentation.cutLinkId,
        ...(template.presentation.slice ? { slice: template.presentation.slice } : {}),
        projectionYear: template.presentation.projectionYear,
        ...(template.presentation.edgeTitle ? { edgeTitle: template.presentation.edgeTitle } : {}),
      }),
    );
    if (!response.ok) return { kind: 'failed', message: response.errors.slice(0, 3).map(formatError).join('; ') };
    return { kind: 'ready', story: response.story };
  } catch (error) {
    return { kind: 'failed', message: (error as Error).message };
  }
}
