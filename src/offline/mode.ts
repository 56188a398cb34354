/**
 * The Vite mode that builds the single-file offline edition
 * (`npm run build:offline`); any other mode builds the hosted page. Kept
 * apart from edition.ts so the build config can read it in Node.
 */
export const SINGLE_FILE_MODE = 'single-file';
