/** Sizes of the timeline drawing, shared by the component and its parts. */
/** A lane holds a mark's date line and two lines of title. */
export const LANE_HEIGHT = 56;
export const LABEL_WIDTH = 206;
export const AXIS_HEIGHT = 30;
export const CLUSTER_ROW = 30;
export const TOP_PAD = 8;

/** Lanes for a timeline of this width: fewer on a phone, where the list carries the story. */
export function laneCount(width: number): number {
  return width < 600 ? 3 : 4;
}

export function timelineHeight(lanes: number): number {
  return TOP_PAD + lanes * LANE_HEIGHT + CLUSTER_ROW + AXIS_HEIGHT;
}
