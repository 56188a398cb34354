/** Worker entry: exposes the engine through comlink and imports nothing from the UI. */
import { expose } from 'comlink';
import highsWasmUrl from 'highs/runtime?url';
import { engineApi, setHighsWasmUrl } from './engineApi';

setHighsWasmUrl(highsWasmUrl);

expose(engineApi);
