import { type Day, parseIsoDate } from '../normalise/dates.ts';
import type { Person } from '../report.ts';
import { createDraftWriter } from './draft-message.ts';
import { type ExplainContext, explain } from './explain.ts';
import { recencyOf, relevanceOf, scoreOf } from './score.ts';

export interface RankContext extends ExplainContext {
  /** Centrality of a company (by name as written) in the owner's company graph, 0–1. */
  centralityOf: (company: string) => number;
}

/**
 * Scores, explains and drafts for every person, then orders them best first. It reads report-level
 * people plus the context (company centrality, colleague counts), which a stored report also holds,
 * so corrections can re-rank without the raw export.
 */
export function rankPeople(people: Person[], context: RankContext): Person[] {
  for (const person of people) {
    person.relevance = person.hidden
      ? 0
      : relevanceOf({
          category: person.category,
          confidence: person.confidence,
          messagesSent: person.contact.messagesSent,
          messagesReceived: person.contact.messagesReceived,
          recommendations: person.contact.recommendations,
          endorsements: person.contact.endorsements,
          seniority: person.seniority,
          centrality: context.centralityOf(person.company),
        });
    person.recency = recencyOf(daysSince(person.lastContact, context.asOf));
    person.score = scoreOf(person.relevance, person.recency);
  }
  const ranked = [...people].sort(byScore);
  const draftMessage = createDraftWriter(context.asOf, context.hasMessages);
  ranked.forEach((person, i) => {
    person.rank = i + 1;
    person.reasons = explain(person, context);
    person.draft = draftMessage(person);
  });
  return ranked;
}

function byScore(a: Person, b: Person): number {
  return (
    b.score - a.score ||
    b.relevance - a.relevance ||
    b.confidence - a.confidence ||
    compareText(a.name, b.name) ||
    compareText(a.id, b.id)
  );
}

/** Code-point order: unlike localeCompare, the same on every machine, so reports stay deterministic. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function daysSince(iso: string | null, asOf: Day): number | null {
  const day = iso ? parseIsoDate(iso) : null;
  return day === null ? null : asOf - day;
}
