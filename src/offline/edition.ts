import { SINGLE_FILE_MODE } from './mode';

/** Whether this bundle is the single-file edition: a constant Vite writes in at build time. */
export const isSingleFileEdition: boolean = import.meta.env.MODE === SINGLE_FILE_MODE;
