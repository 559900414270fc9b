import { POSSIBLE } from '../lines.ts';
import { type Day, isoDate, parseIsoDate } from '../normalise/dates.ts';
import type { KeepInTouchDays, Person } from '../report.ts';
import { type DraftContext, draftPlan } from './draft-plan.ts';
import { touchState } from './keep-in-touch.ts';
import { type ReasonContext, reasonsFor } from './reasons.ts';
import { relevanceOf, scoreOf, urgencyOf } from './score.ts';
import { seniority } from './seniority.ts';
import { tieStrength } from './tie-strength.ts';

export interface RankContext extends ReasonContext, DraftContext {
  keepInTouchDays: KeepInTouchDays;
  /** Centrality of a company (by name as written) in the owner's company graph, 0–1. */
  centralityOf: (company: string) => number;
}

/**
 * Ties, keep-in-touch status, scores, reasons and drafts for every person, then the reconnect order:
 * who needs a word now first. It reads report-level people plus the context, which a stored report
 * also holds, so corrections re-rank through this same path.
 */
export function rankPeople(people: Person[], context: RankContext): Person[] {
  const { asOf } = context;
  const priority = new Map<Person, number>();
  for (const person of people) {
    person.tie = tieStrength(person);
    const mark = markOf(person);
    // "I messaged them" is contact, on the day they said.
    const markedOn = person.mark?.on;
    if (
      mark?.kind === 'messaged' &&
      markedOn &&
      (person.lastContact === null || markedOn >= person.lastContact)
    ) {
      person.lastContact = markedOn;
      person.lastContactKind = 'marked';
    }
    const last = person.lastContact ? parseIsoDate(person.lastContact) : null;
    const touch = touchState(last, person.tie, asOf, context.keepInTouchDays, mark ?? undefined);
    person.status = touch.status;
    person.due = touch.due === null ? null : isoDate(touch.due);
    const top = person.sharedEmployers[0];
    person.relevance = person.hidden
      ? 0
      : relevanceOf({
          category: person.category,
          confidence: person.confidence,
          possible: top && top.probability >= POSSIBLE ? top.probability : 0,
          tie: person.tie,
          seniority: seniority(person.position),
          centrality: context.centralityOf(person.company),
        });
    const urgency = urgencyOf({
      category: person.category,
      status: touch.status,
      overdueDays: touch.due === null ? null : asOf - touch.due,
      silentDays: last === null ? null : asOf - last,
    });
    priority.set(person, person.relevance * urgency);
    person.score = scoreOf(person.relevance, urgency);
  }
  const ranked = [...people].sort(
    (a, b) =>
      (priority.get(b) ?? 0) - (priority.get(a) ?? 0) ||
      b.relevance - a.relevance ||
      b.confidence - a.confidence ||
      compareText(a.name, b.name) ||
      compareText(a.id, b.id),
  );
  ranked.forEach((person, i) => {
    person.rank = i + 1;
    person.reasons = reasonsFor(person, context);
    person.draft = draftPlan(person, context);
  });
  return ranked;
}

function markOf(
  person: Person,
): { kind: 'messaged' | 'snoozed' | 'not-now'; on: Day; until: Day | null } | null {
  const on = person.mark ? parseIsoDate(person.mark.on) : null;
  if (!person.mark || on === null) return null;
  return { kind: person.mark.kind, on, until: person.mark.until ? parseIsoDate(person.mark.until) : null };
}

/** Code-point order: unlike localeCompare, the same on every machine, so reports stay deterministic. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
