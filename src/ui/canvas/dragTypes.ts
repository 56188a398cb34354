/** Drag-and-drop payload types between the palette, stage badges and the canvas. */
export const TIER_DRAG_TYPE = 'application/x-tierscape-tier';
export const STAGE_DRAG_TYPE = 'application/x-tierscape-stage';

export function encodeStageRef(workloadId: string, stageId: string): string {
  return JSON.stringify([workloadId, stageId]);
}

export function decodeStageRef(text: string): { workloadId: string; stageId: string } | null {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { workloadId: value[0], stageId: value[1] };
    }
  } catch {
    // Not ours: ignore the drop.
  }
  return null;
}
