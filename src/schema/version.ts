/**
 * Version of the story document format. Bump it whenever a field changes meaning or a required field is
 * added, so that a viewer refuses documents it cannot read instead of rendering them wrongly.
 */
export const SCHEMA_VERSION = 1 as const;
