import { z } from '@hono/zod-openapi';
import {
  DRAFT_HOOK_KINDS,
  EVIDENCE_KINDS,
  type EvidenceKind,
  NOTE_CODES,
  REASON_KINDS,
  REPORT_VERSION,
  type Report,
  TIMING_KINDS,
  WARNING_CODES,
} from '../../core/index.ts';
import type { PersonWords } from '../../core/words/index.ts';

/**
 * The report (version 2) as the OpenAPI document shows it. The type is core's (`functions/core/report.ts`):
 * each schema below is declared as a `z.ZodType` of that type, so a field core renames, retypes or adds
 * as required fails the type check here rather than leaving the document wrong. The kind lists are
 * core's own arrays. Nothing validates responses against these: they describe, core's types decide.
 */

const isoDate = z.string().openapi({ format: 'date', example: '2026-03-01' });
const nullableDate = isoDate.nullable();
const direction = z.enum(['received', 'given']);
const category = z.enum(['former-colleague', 'current-colleague', 'alumni', 'other']);
const tie = z.enum(['close', 'familiar', 'distant']);
const touchStatus = z.enum(['in-touch', 'due', 'quiet', 'snoozed']);
/** A keep-in-touch mark the person made: messaged (on a day), snoozed (until a day), or not now. */
const TouchMarkFacts = z.object({
  kind: z.enum(['messaged', 'snoozed', 'not-now']),
  on: z.string(),
  until: z.string().optional(),
});
const weight = z.number().openapi({ description: 'log-odds for "worked there alongside the owner"' });

const Evidence = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('works-there-now'), weight }),
    z.object({ kind: z.enum(TIMING_KINDS), weight, date: isoDate }),
    z.object({
      kind: z.literal('messages-during-tenure'),
      weight,
      sent: z.number().int(),
      received: z.number().int(),
      within: z.enum(['tenure', 'around']),
    }),
    z.object({
      kind: z.literal('recommendation'),
      weight,
      direction,
      company: z.string().nullable(),
      date: nullableDate,
    }),
    z.object({ kind: z.literal('endorsement'), weight, direction, skill: z.string(), date: isoDate }),
    z.object({
      kind: z.literal('invitation-mentions-company'),
      weight,
      direction,
      together: z.boolean(),
    }),
    z.object({ kind: z.literal('email-domain'), weight }),
    z.object({ kind: z.literal('alumni-cluster'), weight, colleagues: z.number().int() }),
    z.object({ kind: z.literal('recruiter'), weight }),
    z.object({ kind: z.literal('correction'), weight, colleague: z.boolean() }),
  ])
  .openapi('Evidence', { description: `One of: ${EVIDENCE_KINDS.join(', ')}` });

const SharedEmployer = z.object({
  company: z.string(),
  key: z.string(),
  from: isoDate,
  to: nullableDate,
  probability: z.number().min(0).max(1),
  match: z.enum(['exact', 'strong', 'weak']).nullable(),
  evidence: z.array(Evidence),
});

const timing = z.enum(TIMING_KINDS).nullable();
const Reason = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('hidden-profile') }),
    z.object({ kind: z.literal('marked'), colleague: z.boolean() }),
    z.object({
      kind: z.literal('worked-together'),
      certainty: z.enum(['sure', 'likely', 'possible']),
      timing,
    }),
    z.object({ kind: z.literal('works-with-you'), timing }),
    z.object({ kind: z.literal('alumni') }),
    z.object({ kind: z.literal('recruiter') }),
    z.object({ kind: z.literal('thin-evidence') }),
    z.object({ kind: z.literal('no-shared-employer') }),
    z.object({ kind: z.literal('keep-in-touch') }),
    z.object({
      kind: z.literal('evidence'),
      of: z.enum(EVIDENCE_KINDS as readonly [EvidenceKind, ...EvidenceKind[]]),
    }),
    z.object({ kind: z.literal('contact') }),
    z.object({ kind: z.literal('where-now'), colleaguesThere: z.number().int(), senior: z.boolean() }),
  ])
  .openapi('Reason', {
    description: `A reason for a person's place, as a fact (the words are in a people page's \`words\`). One of: ${REASON_KINDS.join(', ')}`,
  });

const DraftHook = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('recommendation'), direction, date: nullableDate }),
    z.object({ kind: z.literal('endorsement'), direction, skill: z.string(), date: isoDate }),
    z.object({ kind: z.literal('message'), date: isoDate }),
    z.object({ kind: z.literal('shared-years'), employer: z.string(), from: isoDate, to: nullableDate }),
    z.object({ kind: z.literal('same-employer'), employer: z.string() }),
    z.object({ kind: z.literal('alumni'), employer: z.string(), from: isoDate, to: nullableDate }),
    z.object({ kind: z.literal('connected'), date: nullableDate, employer: z.string().optional() }),
    z.object({ kind: z.literal('quiet'), since: isoDate }),
    z.object({ kind: z.literal('none') }),
  ])
  .openapi({ description: `One of: ${DRAFT_HOOK_KINDS.join(', ')}` });

const DraftPlan = z
  .object({
    purpose: z.enum(['reconnect', 'follow-up', 'thanks', 'reply', 'hello']),
    tone: z.enum(['warm', 'friendly', 'polite']),
    hook: DraftHook,
    ask: z.enum(['role', 'company', 'role-company', 'news', 'new-job']),
    variant: z.number().int(),
  })
  .openapi('DraftPlan', { description: 'What a first message should say; its words are in `words.draft`' });

const ContactRecord = z.object({
  messagesSent: z.number().int().optional(),
  messagesReceived: z.number().int().optional(),
  firstMessage: isoDate.optional(),
  lastSent: isoDate.optional(),
  lastReceived: isoDate.optional(),
  endorsementsReceived: z.number().int().optional(),
  endorsementsGiven: z.number().int().optional(),
  recommendationsReceived: z.number().int().optional(),
  recommendationsGiven: z.number().int().optional(),
  lastEndorsement: z.object({ date: isoDate, direction, skill: z.string() }).optional(),
  lastRecommendation: z.object({ date: nullableDate, direction, company: z.string() }).optional(),
  lastInvitation: z.object({ date: isoDate, direction }).optional(),
  ambiguousMessages: z.number().int().optional(),
});

export const PersonSchema = z
  .object({
    id: z.string(),
    rank: z.number().int().min(1),
    name: z.string(),
    firstName: z.string(),
    profileUrl: z.string().nullable(),
    company: z.string(),
    position: z.string(),
    connectedOn: nullableDate,
    hidden: z.literal(true).optional(),
    category,
    confidence: z.number().min(0).max(1),
    tie,
    status: touchStatus,
    due: nullableDate,
    sharedEmployers: z.array(SharedEmployer),
    score: z.number(),
    relevance: z.number(),
    lastContact: nullableDate,
    lastContactKind: z
      .enum(['message', 'invitation', 'endorsement', 'recommendation', 'connected', 'marked'])
      .nullable(),
    contact: ContactRecord.optional(),
    mark: TouchMarkFacts.optional(),
    reasons: z.array(Reason),
    draft: DraftPlan.nullable(),
  })
  .openapi('Person') satisfies z.ZodType<Report['people'][number]>;

/** A person's facts in words, in the language asked for (`functions/core/words`). */
export const PersonWordsSchema = z
  .object({
    label: z.string(),
    confidence: z.string(),
    tie: z.string(),
    status: z.string(),
    reasons: z.array(z.string()),
    draftLabel: z.string().nullable(),
    draft: z.string().nullable(),
    evidence: z.array(z.object({ company: z.string(), lines: z.array(z.string()) })),
  })
  .openapi('PersonWords') satisfies z.ZodType<PersonWords>;

const KeepInTouchDays = z.object({
  close: z.number().int(),
  familiar: z.number().int(),
  distant: z.number().int(),
});
const counts = {
  formerColleagues: z.number().int(),
  currentColleagues: z.number().int(),
  alumni: z.number().int(),
};

const Summary = z.object({
  connections: z.number().int(),
  hiddenProfiles: z.number().int(),
  formerColleagues: z.number().int(),
  possibleColleagues: z.number().int(),
  currentColleagues: z.number().int(),
  alumni: z.number().int(),
  other: z.number().int(),
  messages: z.number().int(),
  byEmployer: z.array(z.object({ company: z.string(), key: z.string(), ...counts })),
  keepInTouch: z.object({
    'in-touch': z.number().int(),
    due: z.number().int(),
    quiet: z.number().int(),
    snoozed: z.number().int(),
  }),
  notes: z.array(
    z.object({
      code: z.enum(NOTE_CODES),
      messages: z.number().int().optional(),
      people: z.number().int().optional(),
    }),
  ),
});

const Warning = z
  .object({
    file: z.string(),
    row: z.number().int().optional(),
    code: z.enum(WARNING_CODES),
    what: z.string().optional(),
    company: z.string().optional(),
    count: z.number().int().optional(),
    limit: z.number().int().optional(),
    reason: z.string().optional(),
    columns: z.array(z.string()).optional(),
  })
  .openapi('Warning', {
    description: 'Something skipped or repaired while reading: a code and its parameters',
  });

export const ReportSchema = z
  .object({
    version: z.literal(REPORT_VERSION),
    asOf: isoDate,
    owner: z.object({
      name: z.string().nullable(),
      headline: z.string().nullable(),
      profileUrls: z.array(z.string()),
      employersSource: z.enum(['positions', 'options', 'none']),
      employers: z.array(
        z.object({
          company: z.string(),
          key: z.string(),
          names: z.array(z.string()),
          from: isoDate,
          to: nullableDate,
          tenures: z.array(z.object({ title: z.string(), from: isoDate, to: nullableDate })),
        }),
      ),
    }),
    summary: Summary,
    people: z.array(PersonSchema),
    companies: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        isEmployer: z.boolean(),
        connections: z.number().int(),
        ...counts,
        alumniDestinations: z.array(
          z.object({ company: z.string(), key: z.string(), people: z.number().int() }),
        ),
        centrality: z.number(),
      }),
    ),
    timeline: z.array(z.object({ month: z.string(), connections: z.number().int(), ...counts })),
    graph: z.object({
      nodes: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          kind: z.enum(['owner', 'employer', 'company']),
          size: z.number(),
        }),
      ),
      edges: z.array(
        z.object({
          source: z.string(),
          target: z.string(),
          kind: z.enum(['worked-at', 'alumni-went-to']),
          weight: z.number(),
        }),
      ),
    }),
    warnings: z.array(Warning),
    inputs: z.array(z.object({ name: z.string(), kind: z.string().nullable(), rows: z.number().int() })),
    keepInTouchDays: KeepInTouchDays,
    options: z.object({ merges: z.array(z.tuple([z.string(), z.string()])), splits: z.array(z.string()) }),
    corrections: z
      .object({
        colleague: z.array(z.string()).optional(),
        notColleague: z.array(z.string()).optional(),
        clear: z.array(z.string()).optional(),
        merge: z.array(z.tuple([z.string(), z.string()])).optional(),
        unmerge: z.array(z.tuple([z.string(), z.string()])).optional(),
        marks: z.array(TouchMarkFacts.extend({ who: z.string() })).optional(),
        clearMarks: z.array(z.string()).optional(),
      })
      .optional(),
  })
  .openapi('Report', {
    description:
      'Report version 2: facts, not sentences (functions/core/report.ts). Evidence, reasons, the draft, notes and warnings are kinds with parameters; the words for them come with a page of people (GET /api/reports/{id}/people).',
  }) satisfies z.ZodType<Report>;
