/**
 * The template gallery, in the order its cards are shown: one worked use case
 * from the article each, stored as static/templates/<id>.json and read through
 * readTemplate.
 */
export const TEMPLATE_IDS = [
  'augmented-reality',
  'autonomous-drones',
  'smart-city-urllc',
  'industrial-control',
  'sovereign-health',
  'genai-assistant',
  'retail-video',
  'training-burst',
] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];
