import { z } from '@hono/zod-openapi';
import { MAX_EMPLOYERS } from '../../core/detect/owner-employers.ts';
import { parseIsoDate, parseSpan } from '../../core/normalise/dates.ts';
import { MAX_INTERVAL_DAYS } from '../../core/rank/keep-in-touch.ts';
import { LANGS } from '../../core/words/index.ts';

/**
 * What the routes take, as zod schemas: the same objects validate requests and write the OpenAPI
 * document. Messages are in plain words and name their field: they reach whoever calls the API.
 */

const CATEGORIES = ['former-colleague', 'current-colleague', 'alumni', 'other'] as const;
const STATUSES = ['in-touch', 'due', 'quiet'] as const;
/** How many distinct people may be marked, and company pairs merged, on one report in all. */
export const MAX_MARKED = 1000;
export const MAX_MERGES = 100;

export const ReportIdParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The report id from POST /api/reports' }),
});

const lang = z
  .enum(LANGS, { error: `lang is one of ${LANGS.join(', ')}` })
  .optional()
  .openapi({
    description:
      'The language of the words. Default: the one given at upload, else the Accept-Language header, else en',
  });

export const LangQuery = z.object({ lang });

const omit = z
  .literal('people', { error: 'omit is people, or left out' })
  .optional()
  .openapi({ description: 'people: leave the people out (read them in pages from /people)' });

export const ReportQuery = z.object({ omit });

const CONFIDENCE = 'minConfidence is a number from 0 to 1';
const MAX_LIMIT = 500;
const LIMIT = `limit is a whole number from 1 to ${MAX_LIMIT}`;
export const PeopleQuery = z.object({
  category: z.enum(CATEGORIES, { error: `category is one of ${CATEGORIES.join(', ')}` }).optional(),
  possible: z
    .enum(['true', 'false'], { error: 'possible is true or false' })
    .transform((v) => v === 'true')
    .optional()
    .openapi({
      description:
        'true: with category=former-colleague, the possible colleagues too (below the line, never counted)',
    }),
  status: z
    .enum(STATUSES, { error: `status is one of ${STATUSES.join(', ')}` })
    .optional()
    .openapi({ description: 'Keep-in-touch status' }),
  company: z
    .string()
    .max(200, 'company is at most 200 characters')
    .optional()
    .openapi({ description: 'Part of their company, or of an employer they share with you' }),
  q: z
    .string()
    .max(200, 'q is at most 200 characters')
    .optional()
    .openapi({ description: 'Text in name, company or position' }),
  minConfidence: z.coerce
    .number({ error: CONFIDENCE })
    .min(0, CONFIDENCE)
    .max(1, CONFIDENCE)
    .optional()
    // Coerced from the query's text: said as what it takes, not as zod's "anything".
    .openapi({ type: 'number', minimum: 0, maximum: 1 }),
  limit: z.coerce
    .number({ error: LIMIT })
    .int(LIMIT)
    .min(1, LIMIT)
    .max(MAX_LIMIT, LIMIT)
    .default(50)
    .openapi({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 }),
  cursor: z
    .string()
    .regex(/^\d{1,6}$/, 'cursor is the nextCursor of the page before')
    .optional(),
  lang,
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

/** A person: their profile URL, or their id in the report when the export gives them none. */
const someone = z
  .string()
  .max(300)
  .regex(
    /^(https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+|p[0-9a-f]{16})$/,
    "each person is a LinkedIn profile URL or a person's id from the report",
  );
const company = (field: string) =>
  z
    .string({ error: `${field} are company names` })
    .trim()
    .min(1, `${field} are company names, none empty`)
    .max(200, `${field} are company names of at most 200 characters`);
const pairs = (field: string) =>
  z
    .array(z.tuple([company(field), company(field)], { error: `${field} are pairs of company names` }), {
      error: `${field} is a list of pairs of company names`,
    })
    .max(MAX_MERGES, `${field} holds at most ${MAX_MERGES} pairs`);

const strict = (fields: string[]) => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `there is no field ${issue.keys?.join(', ')}; the fields are ${fields.join(', ')}`
      : `the body is a JSON object with the fields ${fields.join(', ')}`,
});

const CORRECTION_FIELDS = ['colleague', 'notColleague', 'clear', 'merge', 'unmerge'];
export const CorrectionsBody = z
  .strictObject(
    {
      colleague: z
        .array(someone)
        .max(MAX_MARKED, `colleague holds at most ${MAX_MARKED} people`)
        .optional()
        .openapi({ description: 'People who were colleagues: profile URLs, or ids for people without one' }),
      notColleague: z
        .array(someone)
        .max(MAX_MARKED, `notColleague holds at most ${MAX_MARKED} people`)
        .optional()
        .openapi({ description: 'People who were not colleagues' }),
      clear: z.array(someone).max(MAX_MARKED, `clear holds at most ${MAX_MARKED} people`).optional().openapi({
        description: "People marked colleague or not before: the engine's own judgement again (undo)",
      }),
      merge: pairs('merge')
        .optional()
        .openapi({ description: 'Pairs of company names that are one company' }),
      unmerge: pairs('unmerge').optional().openapi({ description: 'Merges made before, taken back (undo)' }),
    },
    strict(CORRECTION_FIELDS),
  )
  .openapi('Corrections');

const MARK_KINDS = ['messaged', 'snoozed', 'not-now'] as const;
const day = (field: string) => {
  const message = `${field} is a date like 2026-03-01`;
  return z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => parseIsoDate(v) !== null, message);
};
const MARK_FIELDS = ['who', 'kind', 'on', 'until'];
const TouchMarkBody = z
  .strictObject(
    {
      who: someone.openapi({ description: "A profile URL, or the person's id for people without one" }),
      kind: z.enum(MARK_KINDS, { error: `kind is one of ${MARK_KINDS.join(', ')}` }).openapi({
        description:
          'messaged: you wrote to them (on a day); snoozed: no reminder until a day; not-now: no reminder until their next interval has passed',
      }),
      on: day('on').optional().openapi({ format: 'date', description: 'The day of it (default: today)' }),
      until: day('until')
        .optional()
        .openapi({ format: 'date', description: 'For snoozed, and only for it: the day the snooze ends' }),
    },
    strict(MARK_FIELDS),
  )
  .superRefine((mark, ctx) => {
    if (mark.kind === 'snoozed' && mark.until === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: 'until is the day a snooze ends, like 2026-06-01: a snooze needs one',
      });
    if (mark.kind !== 'snoozed' && mark.until !== undefined)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'until is for a snooze only' });
  });

const MARKS_FIELDS = ['marks', 'clearMarks'];
export const MarksBody = z
  .strictObject(
    {
      marks: z
        .array(TouchMarkBody, { error: 'marks is a list of {who, kind, on, until}' })
        .max(MAX_MARKED, `marks holds at most ${MAX_MARKED} marks`)
        .optional()
        .openapi({ description: 'Keep-in-touch marks; the latest per person is kept' }),
      clearMarks: z
        .array(someone, { error: 'clearMarks is a list of people' })
        .max(MAX_MARKED, `clearMarks holds at most ${MAX_MARKED} people`)
        .optional()
        .openapi({ description: 'People whose keep-in-touch mark is taken back (undo)' }),
    },
    strict(MARKS_FIELDS),
  )
  .refine((body) => (body.marks?.length ?? 0) + (body.clearMarks?.length ?? 0) > 0, {
    message: 'the body names at least one person, in marks or clearMarks',
  })
  .openapi('Marks');
export type MarksBody = z.infer<typeof MarksBody>;

const ASOF = 'asOf is a date like 2026-03-01';
const asOf = z
  .string({ error: ASOF })
  .refine((v) => parseIsoDate(v) !== null, ASOF)
  .openapi({ format: 'date', description: 'The day "now" is for the analysis (default: today)' });

export const AnalyzeQuery = z.object({ asOf: asOf.optional() });

const EMPLOYER =
  'each employer is {company, from, to}, dates like 2018-03 or 2018-03-15, the start first, to left out for a current job';
const employer = z
  .object(
    {
      company: z.string({ error: EMPLOYER }).trim().min(1, EMPLOYER).max(200, EMPLOYER),
      from: z.string({ error: EMPLOYER }).max(10, EMPLOYER),
      to: z.string({ error: EMPLOYER }).max(10, EMPLOYER).nullable().optional(),
    },
    { error: EMPLOYER },
  )
  .refine(({ from, to }) => {
    const span = parseSpan(`${from}..${to ?? ''}`);
    return span !== null && (span.to === null || span.from <= span.to);
  }, EMPLOYER);
const DAYS = `keepInTouchDays are whole numbers of days from 1 to ${MAX_INTERVAL_DAYS}`;
const days = z.number({ error: DAYS }).int(DAYS).min(1, DAYS).max(MAX_INTERVAL_DAYS, DAYS).optional();

const employers = z
  .array(employer, { error: EMPLOYER })
  .max(MAX_EMPLOYERS, `employers holds at most ${MAX_EMPLOYERS}`);

/** The owner's employers given anew for a stored report: validated as the upload options' are. */
export const EmployersBody = z
  .strictObject(
    {
      employers: employers
        .min(1, 'employers holds at least one employer')
        .openapi({ description: 'Your employers and your time at each' }),
    },
    strict(['employers']),
  )
  .openapi('Employers');

const OPTION_FIELDS = ['asOf', 'employers', 'merges', 'splits', 'keepInTouchDays', 'lang'];
/** What may travel with an upload: the engine's options, and the language of the words. */
export const ReportOptions = z
  .strictObject(
    {
      asOf: asOf.optional(),
      employers: employers
        .optional()
        .openapi({ description: 'Your employers, used when the export has no Positions.csv' }),
      merges: pairs('merges').optional(),
      splits: z
        .array(company('splits'), { error: 'splits is a list of company names' })
        .max(MAX_MERGES, `splits holds at most ${MAX_MERGES} names`)
        .optional()
        .openapi({ description: 'Company names that only ever match themselves' }),
      keepInTouchDays: z
        .strictObject(
          { close: days, familiar: days, distant: days },
          strict(['close', 'familiar', 'distant']),
        )
        .optional(),
      lang: z.enum(LANGS, { error: `lang is one of ${LANGS.join(', ')}` }).optional(),
    },
    strict(OPTION_FIELDS),
  )
  .openapi('ReportOptions');
export type ReportOptions = z.infer<typeof ReportOptions>;
