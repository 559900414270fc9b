/** The engine's public surface: what the CLI, the Lambda handlers, the API and the web page import. */
export { analyze } from './analyze.ts';
export { applyCorrections, type Corrections } from './corrections.ts';
export { InputError, type InputErrorCode, isInputError } from './errors.ts';
export { type InflateRawAsync, inflateAhead, inflateWithStreams } from './input/inflate-ahead.ts';
export type { InputFile } from './input/read-export.ts';
export { type ReducedExport, reduceExport } from './input/reduce-export.ts';
export { peopleCsv } from './output/people-csv.ts';
export { type FilterKey, filterKey, matchesFilter, type PeopleFilter } from './output/people-filter.ts';
export { remindersIcs } from './output/reminders-ics.ts';
export { reportHtml } from './output/report-html.ts';
export { withEmployers } from './reanalyze.ts';
export * from './report.ts';
