/** The schema contract: types, runtime validator and version, shared by the pipeline and the viewer. */
export * from './story.ts';
export * from './validate.ts';
export { SCHEMA_VERSION } from './version.ts';
export * from './timexRange.ts';
export * from './about.ts';
export * from './exports.ts';
