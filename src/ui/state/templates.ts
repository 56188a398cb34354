import { readTemplate, type TemplateReading } from '../../document/templates/readTemplate';
import { templateUrl } from '../../offline/presetSource';
import { TEMPLATE_IDS } from '../../document/templates/templateIds';

/** Fetches a template file shipped under static/templates and checks it through; never throws. */
export async function fetchTemplate(id: string): Promise<TemplateReading> {
  try {
    const response = await fetch(templateUrl(id));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
    }
    return readTemplate(data);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `could not be fetched: ${(error as Error).message}` }] };
  }
}

/** One gallery entry: the template's id and what reading its file gave. */
export interface TemplateEntry {
  readonly id: string;
  readonly reading: TemplateReading;
}

let catalogue: Promise<readonly TemplateEntry[]> | null = null;

/** Every shipped template, fetched once per page and kept (they do not change while the page is open). */
export function allTemplates(): Promise<readonly TemplateEntry[]> {
  catalogue ??= Promise.all(TEMPLATE_IDS.map(async (id) => ({ id, reading: await fetchTemplate(id) })));
  return catalogue;
}
