export { runStory } from './runStory';
export { checkStoryInput } from './checkInput';
export type * from './types';
