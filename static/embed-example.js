// A host page for Tierscape's postMessage API (README, "Embed API"). Plain
// JavaScript with no build step, so it can be copied into any site.

/** The scenario the page starts with: the two-tier example from the README, at a rate its radio link carries. */
const EXAMPLE_SCENARIO = {
  schemaVersion: 1,
  name: 'Two-tier example',
  sites: [
    {
      id: 'phones',
      name: 'Phones',
      tier: 'device',
      location: { lat: 51.51, lon: -0.13 },
      jurisdiction: 'UK',
      compute: { acceleratorId: 'phone-npu', count: 1 },
      pue: 1,
      deviceCount: 1000,
    },
    {
      id: 'mec',
      name: 'London MEC',
      tier: 'nearEdge',
      location: { lat: 51.52, lon: -0.1 },
      jurisdiction: 'UK',
      compute: { acceleratorId: 'l4', count: 4 },
      pue: 2,
    },
  ],
  links: [{ id: 'ran', from: 'phones', to: 'mec', medium: '5g-embb', capacityMbps: 500 }],
  workloads: [
    {
      id: 'vision',
      name: 'Image classification',
      sourceSiteId: 'phones',
      requestsPerSecondPerDevice: 0.2,
      inputKB: 150,
      returnsToDevice: true,
      latencyObjectiveP95Ms: 100,
      stages: [{ id: 'classify', name: 'ResNet-50', gflopsPerRequest: 8.18, outputKB: 1, inputDataClass: 'rawPersonal', siteId: 'mec' }],
    },
  ],
};

const params = new URLSearchParams(location.search);
/** Where Tierscape is served: `?app=URL`, else beside this page. */
const appUrl = new URL(params.get('app') ?? './', location.href);
const appOrigin = appUrl.origin;

const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('tierscape'));
const readOnlyBox = /** @type {HTMLInputElement} */ (document.getElementById('readonly'));
const loadButton = /** @type {HTMLButtonElement} */ (document.getElementById('load'));
const evaluateButton = /** @type {HTMLButtonElement} */ (document.getElementById('evaluate'));
const scenarioText = /** @type {HTMLTextAreaElement} */ (document.getElementById('scenario'));
const status = /** @type {HTMLOutputElement} */ (document.getElementById('status'));

/** The frame's address: embed mode, read-only if ticked, and this page's origin allowed when it is not Tierscape's own. */
function frameUrl() {
  const url = new URL(appUrl);
  url.hash = '';
  url.searchParams.set('embed', '1');
  if (readOnlyBox.checked) url.searchParams.set('readonly', '1');
  if (location.origin !== appOrigin) url.searchParams.set('origins', location.origin);
  return url.href;
}

function setStatus(state, text) {
  status.dataset.status = state;
  status.textContent = text;
  loadButton.disabled = evaluateButton.disabled = state !== 'ready';
}

/** Sends a message to Tierscape, and only to Tierscape's origin: another page loaded in the frame cannot read it. */
function send(message) {
  frame.contentWindow?.postMessage(message, appOrigin);
}

const fixed = (x) => (x === null ? '—' : x.toFixed(1));

function showResult(result) {
  const met = `${result.objectivesMet} of ${result.workloadCount} objectives met`;
  document.getElementById('headline').textContent =
    `${result.scenarioName}: ${result.costUsdPerMonth.toFixed(0)} USD/month, ${result.energyKwhPerMonth.toFixed(0)} kWh/month, ` +
    `worst p95 ${fixed(result.worstP95Ms)} ms, ${met}`;
  // Text only, never HTML: names come from whoever wrote the scenario.
  const rows = result.workloads.map((w) => {
    const row = document.createElement('tr');
    row.dataset.workload = w.id;
    const cells = [
      w.name,
      fixed(w.p50Ms),
      fixed(w.p95Ms),
      fixed(w.p99Ms),
      w.meetsObjective ? 'met' : 'missed',
      w.costUsdPerMonth.toFixed(0),
    ];
    for (const text of cells) row.appendChild(document.createElement('td')).textContent = text;
    return row;
  });
  document.getElementById('workloads').replaceChildren(...rows);
}

function showError(message, errors) {
  document.getElementById('error').textContent = message;
  document.getElementById('error-paths').replaceChildren(
    ...errors.map((e) => {
      const item = document.createElement('li');
      item.textContent = `${e.path}: ${e.message}`;
      return item;
    }),
  );
}

window.addEventListener('message', (event) => {
  // Trust only Tierscape's origin, and only our frame: other windows can post to this page too.
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (typeof message !== 'object' || message === null) return;
  if (message.type === 'tierscape:ready') setStatus('ready', `Ready (protocol ${message.version}${message.readOnly ? ', read-only' : ''})`);
  else if (message.type === 'tierscape:result') showResult(message.result);
  else if (message.type === 'tierscape:error') showError(message.message, message.errors ?? []);
});

loadButton.addEventListener('click', () => {
  let scenario;
  try {
    scenario = JSON.parse(scenarioText.value);
  } catch (error) {
    showError(`The text is not JSON: ${error.message}`, []);
    return;
  }
  send({ type: 'tierscape:load', scenario });
});

evaluateButton.addEventListener('click', () => send({ type: 'tierscape:evaluate' }));

readOnlyBox.addEventListener('change', () => {
  setStatus('waiting', 'Waiting for Tierscape…');
  frame.src = frameUrl();
});

scenarioText.value = JSON.stringify(EXAMPLE_SCENARIO, null, 2);
// The listener above is in place before the frame starts, so its `ready` is not missed.
frame.src = frameUrl();
