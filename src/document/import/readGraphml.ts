import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ValidationError } from '../../engine/scenario/errors';
import { cleanName } from './cleanText';

/**
 * Reads GraphML (graphml.graphdrawing.org) into plain nodes and edges whose
 * data are keyed by each `<key>`'s `attr.name`, never by its id: key ids
 * (d0, d29, …) differ from file to file in the Internet Topology Zoo.
 */

/** Largest file accepted, in characters of text (about 20 MB): far above any Zoo file, well below what stalls a tab. */
export const MAX_TEXT_CHARS = 20_000_000;
/** Most nodes accepted; the Zoo's largest network (Kdl) has about 750. */
export const MAX_NODES = 5_000;
/** Most edges accepted. */
export const MAX_EDGES = 50_000;

export interface GraphmlNode {
  /** Position among the graph's `<node>` elements, for messages: `node[12]`. */
  readonly index: number;
  readonly id: string | undefined;
  /** Data values by their key's `attr.name`, raw text as in the file. */
  readonly data: ReadonlyMap<string, string>;
}

export interface GraphmlEdge {
  /** Position among the graph's `<edge>` elements, for messages: `edge[4]`. */
  readonly index: number;
  readonly source: string | undefined;
  readonly target: string | undefined;
  readonly data: ReadonlyMap<string, string>;
}

export interface GraphmlGraph {
  readonly graphData: ReadonlyMap<string, string>;
  readonly nodes: readonly GraphmlNode[];
  readonly edges: readonly GraphmlEdge[];
  readonly directed: boolean;
  /** What was read past or ignored, for the import summary. */
  readonly notes: readonly string[];
}

export type GraphmlReading =
  { readonly ok: true; readonly graph: GraphmlGraph } | { readonly ok: false; readonly errors: readonly ValidationError[] };

type Domain = 'graph' | 'node' | 'edge';

interface KeyDefinition {
  readonly name: string;
  readonly domain: string;
  readonly defaultValue: string | undefined;
}

const fail = (path: string, message: string): GraphmlReading => ({ ok: false, errors: [{ path, message }] });

/** Only own string properties: a tag named `constructor` must not reach Object.prototype. */
function own(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

function attribute(element: unknown, name: string): string | undefined {
  const value = own(element, `@_${name}`);
  return typeof value === 'string' ? value : undefined;
}

function children(element: unknown, tag: string): readonly unknown[] {
  const value = own(element, tag);
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** The text of an element: a bare string, or `#text` beside attributes. Nested markup (yEd graphics) has none. */
function textOf(element: unknown): string {
  if (typeof element === 'string') return element;
  const text = own(element, '#text');
  return typeof text === 'string' ? text : '';
}

/** Counts `<node` or `<edge` openings up to `limit + 1`, to refuse a huge file before parsing it. */
function countOpenings(text: string, tag: string, limit: number): number {
  const opening = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${tag}[\\s/>]`, 'g');
  let count = 0;
  while (count <= limit && opening.exec(text) !== null) count++;
  return count;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay text: numbers are read where their meaning is known.
  parseTagValue: false,
  parseAttributeValue: false,
  // No entity expansion at all (no "billion laughs"); cleanText decodes the five predefined ones.
  processEntities: false,
  htmlEntities: false,
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Ids are compared exactly, as XML says (" a" is not "a"); text is trimmed where it is read.
  trimValues: false,
  maxNestedTags: 64,
  isArray: (tag) => tag === 'key' || tag === 'graph' || tag === 'node' || tag === 'edge' || tag === 'data' || tag === 'default',
});

function readKeys(root: unknown): Map<string, KeyDefinition> {
  const keys = new Map<string, KeyDefinition>();
  for (const key of children(root, 'key')) {
    const id = attribute(key, 'id');
    const name = attribute(key, 'attr.name');
    if (id === undefined || keys.has(id)) continue;
    const defaults = children(key, 'default');
    // GraphML: a key without `for` applies to every kind of element.
    // A key without attr.name cannot be recognised (ids differ from file to file): kept only to say so.
    keys.set(id, {
      name: name?.trim() ?? '',
      domain: attribute(key, 'for') ?? 'all',
      defaultValue: defaults.length > 0 ? textOf(defaults[0]) : undefined,
    });
  }
  return keys;
}

class DataReader {
  undeclared = 0;
  unnamed = 0;
  misplaced = 0;
  readonly #keys: ReadonlyMap<string, KeyDefinition>;

  constructor(keys: ReadonlyMap<string, KeyDefinition>) {
    this.#keys = keys;
  }

  /** An element's data by attribute name: the first value for a name wins, then the keys' defaults fill gaps. */
  read(element: unknown, domain: Domain): Map<string, string> {
    const data = new Map<string, string>();
    for (const item of children(element, 'data')) {
      const key = this.#keys.get(attribute(item, 'key') ?? '');
      if (key === undefined) this.undeclared++;
      else if (key.name === '') this.unnamed++;
      else if (key.domain !== domain && key.domain !== 'all') this.misplaced++;
      else if (!data.has(key.name)) data.set(key.name, textOf(item));
    }
    for (const key of this.#keys.values()) {
      if (key.defaultValue !== undefined && key.name !== '' && (key.domain === domain || key.domain === 'all') && !data.has(key.name)) {
        data.set(key.name, key.defaultValue);
      }
    }
    return data;
  }
}

function parseXml(text: string): { ok: true; document: unknown } | { ok: false; error: ValidationError } {
  try {
    const verdict = XMLValidator.validate(text);
    if (verdict !== true) {
      const { line, col, msg } = verdict.err;
      return { ok: false, error: { path: `line ${line}, column ${col}`, message: `not well-formed XML: ${cleanName(String(msg), 200)}` } };
    }
    return { ok: true, document: parser.parse(text) };
  } catch (error) {
    // The parser refuses some hostile input (nesting too deep, reserved names) by throwing.
    return {
      ok: false,
      error: { path: '(file)', message: `could not be read as XML: ${cleanName(String((error as Error)?.message ?? error), 200)}` },
    };
  }
}

/** Reads the first graph of a GraphML document. Never throws. */
export function readGraphml(text: string): GraphmlReading {
  if (typeof text !== 'string') return fail('(file)', 'is not text');
  if (text.length > MAX_TEXT_CHARS) {
    return fail('(file)', `is ${(text.length / 1e6).toFixed(1)} million characters; at most ${MAX_TEXT_CHARS / 1e6} million are accepted`);
  }
  if (text.trim() === '') return fail('(file)', 'is empty');
  if (countOpenings(text, 'node', MAX_NODES) > MAX_NODES) return fail('graph', `has more than ${MAX_NODES.toLocaleString('en')} nodes`);
  if (countOpenings(text, 'edge', MAX_EDGES) > MAX_EDGES) return fail('graph', `has more than ${MAX_EDGES.toLocaleString('en')} edges`);

  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const roots = children(parsed.document, 'graphml');
  if (roots.length === 0) return fail('(file)', 'is not GraphML: it has no <graphml> root element');
  const root = roots[0];
  const graphs = children(root, 'graph');
  if (graphs.length === 0) return fail('graphml', 'has no <graph> element');

  const graph = graphs[0];
  const data = new DataReader(readKeys(root));
  const nodes = children(graph, 'node').map((node, index) => ({ index, id: attribute(node, 'id'), data: data.read(node, 'node') }));
  const edges = children(graph, 'edge').map((edge, index) => ({
    index,
    source: attribute(edge, 'source'),
    target: attribute(edge, 'target'),
    data: data.read(edge, 'edge'),
  }));

  const graphData = data.read(graph, 'graph');
  const notes: string[] = [];
  if (graphs.length > 1) notes.push(`The file holds ${graphs.length} graphs; only the first was imported.`);
  if (children(graph, 'hyperedge').length > 0) notes.push('GraphML <hyperedge> elements were ignored.');
  if (children(graph, 'node').some((node) => children(node, 'graph').length > 0)) notes.push('Graphs nested inside nodes were ignored.');
  const values = (n: number) => (n === 1 ? '1 <data> value was' : `${n.toLocaleString('en')} <data> values were`);
  if (data.undeclared > 0) notes.push(`${values(data.undeclared)} ignored: no <key> declares the key they name.`);
  if (data.unnamed > 0) notes.push(`${values(data.unnamed)} ignored: the <key> they name has no attr.name.`);
  if (data.misplaced > 0) notes.push(`${values(data.misplaced)} ignored: the key they name is declared for another kind of element.`);
  return {
    ok: true,
    graph: { graphData, nodes, edges, directed: attribute(graph, 'edgedefault') === 'directed', notes },
  };
}
