import { companyKey } from '../../functions/core/normalise/company-key.ts';
import { generateCareerExport, type OwnerProfile } from '../support/career-export/index.ts';
import { generateExport } from '../support/synthetic-export.ts';

/**
 * A labelled export from any generator, in one shape: the files, the date, and per connection what is
 * true. Generator A (test/support/synthetic-export.ts) labels category and employer; generator B
 * (test/support/career-export, written apart from the engine) also records the contact history.
 */
export type TruthCategory = 'former-colleague' | 'current-colleague' | 'alumni' | 'other';
export type Era = '2018' | '2020' | '2023' | '2026';

export interface TruthPerson {
  name: string;
  profileUrl: string | null;
  connectedOn: string | null;
  category: TruthCategory;
  /** Company keys of the owner's employers where they really worked alongside the owner. */
  employers: string[];
  /** What really happened, where the generator records it (B); undefined where it does not (A). */
  history?: {
    messages: { date: string; direction: 'sent' | 'received' }[];
    endorsements: { date: string; direction: 'received' | 'given'; skill: string }[];
    recommendations: { date: string; direction: 'received' | 'given' }[];
    tie: 'close' | 'familiar' | 'distant' | 'none';
    namesakes: number;
  };
}

export interface LabelledExport {
  generator: 'A' | 'B';
  seed: number;
  era: Era;
  asOf: string;
  files: { name: string; bytes: Uint8Array }[];
  truth: TruthPerson[];
}

const encoder = new TextEncoder();

export function generatorA(seed: number, era: '2020' | '2023' | '2026', connections: number): LabelledExport {
  const s = generateExport({ seed, era, connections });
  return {
    generator: 'A',
    seed,
    era,
    asOf: s.asOf,
    files: s.files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) })),
    truth: s.labels.map((l) => ({
      name: l.name,
      // Generator A writes no URL column in its 2020 era; the report may still learn the URL from
      // messages, and is then matched by it; otherwise by name.
      profileUrl: l.profileUrl,
      connectedOn: null,
      category: l.category,
      employers: l.employer && l.category !== 'alumni' ? [companyKey(l.employer)] : [],
    })),
  };
}

export function generatorB(
  seed: number,
  era: Era,
  connections: number,
  profile?: OwnerProfile,
): LabelledExport {
  const s = generateCareerExport({ seed, era, connections, ...(profile ? { profile } : {}) });
  const owner = new Map(s.owner.positions.map((p) => [p.company, companyKey(p.company)]));
  return {
    generator: 'B',
    seed,
    era,
    asOf: s.asOf,
    files: s.files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) })),
    truth: s.truth
      .filter((t) => !t.hidden)
      .map((t) => ({
        name: t.name,
        profileUrl: t.profileUrl,
        connectedOn: t.connectedOn,
        category: t.category,
        employers: t.overlaps.map((o) => owner.get(o.company) ?? companyKey(o.company)),
        history: {
          // Dates as the report writes them: the day, not the minute.
          messages: t.messages.map((m) => ({ ...m, date: m.date.slice(0, 10) })),
          endorsements: t.endorsements.map((e) => ({ ...e, date: e.date.slice(0, 10) })),
          recommendations: t.recommendations.map((r) => ({ ...r, date: r.date.slice(0, 10) })),
          tie: t.tie,
          namesakes: t.namesakes,
        },
      })),
  };
}
