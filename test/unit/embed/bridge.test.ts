import { describe, expect, it } from 'vitest';
import { evaluateScenario, type EvaluationResult, type Scenario } from '../../../src/engine';
import { EmbedBridge, type MessageTarget, type Shown } from '../../../src/ui/embed/bridge';
import type { PageMessage } from '../../../src/ui/embed/protocol';
import { summariseResult } from '../../../src/ui/embed/summary';
import { loadPreset } from '../helpers/presets';

const OWN = 'https://tierscape.example';
const HOST = 'https://host.example';
const STRANGER = 'https://stranger.example';

const city = loadPreset('smart-city.json');
const hospital = loadPreset('hospital-imaging.json');
const cityResult = evaluateScenario(city);
const hospitalResult = evaluateScenario(hospital);

/** A window that records what is posted to it, with the target origin of each post. */
class FakeWindow implements MessageTarget {
  readonly posts: { message: PageMessage; targetOrigin: string }[] = [];
  postMessage(message: unknown, targetOrigin: string): void {
    // Every post crosses a structured clone: one that cannot be cloned would throw in the browser.
    this.posts.push({ message: structuredClone(message) as PageMessage, targetOrigin });
  }
  types(): string[] {
    return this.posts.map((p) => p.message.type);
  }
}

/** A bridge over a fake page: `shown` is what the page shows, `loaded` every scenario it was asked to load. */
function setUp(options: { parentOrigin?: string | null; framed?: boolean; readOnly?: boolean } = {}) {
  const parent = new FakeWindow();
  const loaded: Scenario[] = [];
  let shown: Shown = { scenario: city, result: null, evaluating: true };
  const bridge = new EmbedBridge({
    config: { allowedOrigins: [OWN, HOST], readOnly: options.readOnly ?? false },
    parent: options.framed === false ? null : parent,
    parentOrigin: options.parentOrigin === undefined ? HOST : options.parentOrigin,
    load: (scenario) => {
      loaded.push(scenario);
      shown = { scenario, result: null, evaluating: true };
    },
    shown: () => shown,
  });
  /** The page shows a result (for `scenario`, the one shown unless given) and tells the bridge. */
  const show = (result: EvaluationResult, evaluating = false) => {
    shown = { ...shown, result, evaluating };
    bridge.resultShown(result, shown.scenario);
  };
  const send = (data: unknown, origin = HOST, source: FakeWindow | null = parent) => bridge.receive({ origin, data, source });
  return { bridge, parent, loaded, show, send, setShown: (s: Shown) => (shown = s) };
}

describe('EmbedBridge: tierscape:ready', () => {
  it('is posted once the startup settles, once, to the parent at its own origin', () => {
    const { bridge, parent } = setUp({ readOnly: true });
    expect(parent.posts).toEqual([]);
    bridge.settle();
    bridge.settle();
    expect(parent.posts).toEqual([{ message: { type: 'tierscape:ready', version: 1, readOnly: true }, targetOrigin: HOST }]);
  });

  it('is posted to each allowed origin when the browser does not say the parent’s (it delivers the matching one)', () => {
    const { bridge, parent } = setUp({ parentOrigin: null });
    bridge.settle();
    expect(parent.posts.map((p) => p.targetOrigin)).toEqual([OWN, HOST]);
  });

  it('is posted nowhere when the parent’s origin is not allowed, or there is no parent', () => {
    const stranger = setUp({ parentOrigin: STRANGER });
    stranger.bridge.settle();
    expect(stranger.parent.posts).toEqual([]);
    const top = setUp({ framed: false });
    top.bridge.settle();
    expect(top.parent.posts).toEqual([]);
  });
});

describe('EmbedBridge: messages from origins not allowed', () => {
  it('are dropped without an answer and change nothing, whatever they say', () => {
    const { bridge, parent, loaded, send, show } = setUp();
    bridge.settle();
    show(cityResult);
    parent.posts.length = 0;
    for (const data of [
      { type: 'tierscape:load', scenario: hospital },
      { type: 'tierscape:evaluate' },
      { type: 'tierscape:bogus' },
      { type: 'tierscape:load', scenario: { broken: true } },
    ]) {
      send(data, STRANGER);
      send(data, 'null');
    }
    expect(parent.posts).toEqual([]);
    expect(loaded).toEqual([]);
  });
});

describe('EmbedBridge: tierscape:load', () => {
  it('loads a valid scenario at once after the startup has settled', () => {
    const { bridge, loaded, send } = setUp();
    bridge.settle();
    send({ type: 'tierscape:load', scenario: hospital });
    expect(loaded).toEqual([hospital]);
  });

  it('holds a scenario that comes before the startup settles, and loads the latest then, before ready', () => {
    const { bridge, parent, loaded, send } = setUp();
    send({ type: 'tierscape:load', scenario: city });
    send({ type: 'tierscape:load', scenario: hospital });
    expect(loaded).toEqual([]);
    bridge.settle();
    expect(loaded).toEqual([hospital]);
    expect(parent.types()).toEqual(['tierscape:ready']);
  });

  it('answers an invalid scenario with the paths to its sender only, and loads nothing', () => {
    const { bridge, parent, loaded, send } = setUp();
    bridge.settle();
    parent.posts.length = 0;
    const sender = new FakeWindow();
    const broken = { ...city, links: city.links.map((l, i) => (i === 2 ? { ...l, capacityMbps: -5 } : l)) };
    send({ type: 'tierscape:load', scenario: broken }, OWN, sender);
    expect(loaded).toEqual([]);
    expect(parent.posts).toEqual([]);
    expect(sender.posts).toHaveLength(1);
    const { message, targetOrigin } = sender.posts[0];
    expect(targetOrigin).toBe(OWN);
    expect(message).toMatchObject({ type: 'tierscape:error', reason: 'invalidScenario' });
    expect(message.type === 'tierscape:error' && message.errors[0].path).toBe('links[2].capacityMbps');
    expect(message.type === 'tierscape:error' && message.message).toContain('links[2].capacityMbps: ');
  });

  it('answers a malformed tierscape: message, and ignores everything else on the channel', () => {
    const { bridge, parent, send } = setUp();
    bridge.settle();
    parent.posts.length = 0;
    send({ type: 'tierscape:load', scenaro: city });
    send({ type: 'other-app:hello' });
    send('a string');
    send({ type: 'tierscape:result', result: {} });
    expect(parent.posts.map((p) => p.message)).toEqual([
      expect.objectContaining({
        type: 'tierscape:error',
        reason: 'malformedMessage',
        errors: [expect.objectContaining({ path: 'scenaro' })],
      }),
    ]);
  });
});

describe('EmbedBridge: results', () => {
  it('posts each new result of the document shown to the parent, once', () => {
    const { bridge, parent, show } = setUp();
    bridge.settle();
    parent.posts.length = 0;
    show(cityResult);
    show(cityResult);
    expect(parent.posts).toEqual([
      { message: { type: 'tierscape:result', result: summariseResult(city, cityResult) }, targetOrigin: HOST },
    ]);
  });

  it('posts nothing before ready, and never the result of an older document than the one shown', () => {
    const { bridge, parent, show, send } = setUp();
    show(cityResult);
    expect(parent.posts).toEqual([]);
    bridge.settle();
    send({ type: 'tierscape:load', scenario: hospital });
    // The answer for the document shown before the load lands after it.
    show(cityResult);
    expect(parent.types()).toEqual(['tierscape:ready']);
    show(hospitalResult);
    expect(parent.posts.at(-1)?.message).toEqual({ type: 'tierscape:result', result: summariseResult(hospital, hospitalResult) });
  });
});

describe('EmbedBridge: tierscape:evaluate', () => {
  it('is answered at once with the latest result when the page has one for what it shows', () => {
    const { bridge, parent, show, send } = setUp();
    bridge.settle();
    show(cityResult);
    parent.posts.length = 0;
    const sender = new FakeWindow();
    send({ type: 'tierscape:evaluate' }, OWN, sender);
    expect(sender.posts).toEqual([{ message: { type: 'tierscape:result', result: summariseResult(city, cityResult) }, targetOrigin: OWN }]);
    expect(parent.posts).toEqual([]);
  });

  it('is answered with the next result while an evaluation is in flight, and only once', () => {
    const { bridge, show, send, setShown } = setUp();
    bridge.settle();
    setShown({ scenario: city, result: cityResult, evaluating: true });
    const sender = new FakeWindow();
    send({ type: 'tierscape:evaluate' }, OWN, sender);
    expect(sender.posts).toEqual([]);
    const next = evaluateScenario(city);
    show(next);
    show(evaluateScenario(city));
    expect(sender.posts).toEqual([{ message: { type: 'tierscape:result', result: summariseResult(city, next) }, targetOrigin: OWN }]);
  });

  it('sends the parent the next result once, not twice, when the parent asked', () => {
    const { bridge, parent, show, send } = setUp();
    bridge.settle();
    send({ type: 'tierscape:evaluate' });
    show(cityResult);
    expect(parent.types()).toEqual(['tierscape:ready', 'tierscape:result']);
  });

  it('tells a waiting host when the engine fails instead of leaving it waiting', () => {
    const { bridge, parent, send } = setUp();
    bridge.settle();
    const sender = new FakeWindow();
    send({ type: 'tierscape:evaluate' }, OWN, sender);
    bridge.engineFailed('The engine worker failed: out of memory');
    const failure = { type: 'tierscape:error', reason: 'engineFailure', message: 'The engine worker failed: out of memory', errors: [] };
    expect(sender.posts.map((p) => p.message)).toEqual([failure]);
    expect(parent.posts.at(-1)?.message).toEqual(failure);
  });
});
