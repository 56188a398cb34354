/** Worker entry: exposes the engine through comlink and imports nothing from the UI. */
import { expose } from 'comlink';
import { engineApi } from './engineApi';

expose(engineApi);
