/** Sizes of the timeline drawing, shared by the component and its parts. */
/** A lane holds a mark's date line and two lines of title. */
export const LANE_HEIGHT = 56;
/** A label's room on an axis up to about 1,290 px wide (the 1,280 px page, an embed): two lines of about 30 characters. */
export const LABEL_WIDTH = 206;
/** The widest label: two lines of about 45 characters, a caption's measure. */
export const LABEL_WIDTH_MAX = 296;
export const AXIS_HEIGHT = 30;
export const CLUSTER_ROW = 30;
export const TOP_PAD = 8;

/**
 * A label's room on an axis this wide: a sixth of the width, between LABEL_WIDTH and LABEL_WIDTH_MAX. A wide
 * screen's width goes to the titles as much as to more marks: at 1,920 px the axis had kept 206 px labels,
 * "Kelly issued new orders to begin arresting and…" cut on an axis mostly empty (review 24); at 1,854 px it
 * gets 296 px, about as many labels as the 1,230 px axis of a 1,280 px page, each 45% longer.
 */
export function labelWidthFor(width: number): number {
  return Math.round(Math.min(LABEL_WIDTH_MAX, Math.max(LABEL_WIDTH, width * 0.16)));
}

/**
 * The most room a label takes where its lane is free up to the next label (lanes.ts freeRoom): two of its
 * own widths, two lines of some 55 characters on a 1,280 px page, 80 at 1,920, where most titles show whole.
 */
export function labelMaxFor(labelWidth: number): number {
  return 2 * labelWidth;
}

/** Lanes for a timeline of this width: fewer on a phone, where the list carries the story. */
export function laneCount(width: number): number {
  return width < 600 ? 3 : 4;
}

export function timelineHeight(lanes: number): number {
  return TOP_PAD + lanes * LANE_HEIGHT + CLUSTER_ROW + AXIS_HEIGHT;
}
