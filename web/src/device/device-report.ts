import {
  type AnalyzeOptions,
  analyze,
  applyCorrections,
  type Corrections,
  type FilterKey,
  filterKey,
  type InflateRawAsync,
  type InputFile,
  inflateAhead,
  matchesFilter,
  type PeopleFilter,
  type Person,
  peopleCsv,
  type Report,
  remindersIcs,
  reportHtml,
  withEmployers,
} from '../../../functions/core/index.ts';
import {
  type Lang,
  type PersonWords,
  personWords,
  phrasebook,
  type WordsContext,
  wordsContext,
} from '../../../functions/core/words/index.ts';

/** What an on-device report hands out as a file: the same files the CLI and the API write. */
export type DeviceFileKind = 'csv' | 'ics' | 'html' | 'json';

export interface DevicePeopleQuery extends PeopleFilter {
  lang: Lang;
  cursor?: string | null;
  limit?: number;
}

export interface DeviceMarks {
  marks?: { who: string; kind: 'messaged' | 'snoozed' | 'not-now'; on?: string; until?: string }[];
  clearMarks?: string[];
}

/**
 * A report kept on the device (in the Web Worker): the same engine, words and files as the CLI and the
 * API, with nothing sent anywhere. It answers what the page asks of the API — pages of people with
 * their words, corrections, marks, employers given anew, the CSV, reminders and HTML files — from the
 * report in memory. No DOM, no worker API: the worker is a thin adapter over it, and tests run it in Node.
 */
export class DeviceReport {
  private report: Report;
  private keys: FilterKey[];
  private words: WordsContext;
  /** What the browser kept about people who are not in this export: kept on, never applied here. */
  private elsewhere: ReturnType<typeof splitKept>['elsewhere'] = {
    colleague: [],
    notColleague: [],
    marks: [],
  };

  private constructor(report: Report) {
    this.report = report;
    this.keys = report.people.map(filterKey);
    this.words = wordsContext(report);
  }

  /**
   * Analyses the files as the CLI does (the same report for the same files, options and date),
   * inflating the export with the host's own inflater when it has one.
   */
  static async analyse(
    files: InputFile[],
    options: Pick<AnalyzeOptions, 'asOf' | 'employers'> & {
      inflate?: InflateRawAsync;
      /** Called once the export is inflated, before the (synchronous) analysis. */
      onInflated?: () => void;
    },
  ): Promise<DeviceReport> {
    const inflateRaw = options.inflate ? await inflateAhead(files, options.inflate) : undefined;
    options.onInflated?.();
    const report = analyze(files, {
      asOf: options.asOf,
      ...(options.employers?.length ? { employers: options.employers } : {}),
      ...(inflateRaw ? { inflateRaw } : {}),
    });
    return new DeviceReport(report);
  }

  /**
   * Lays over the report what this browser kept for its owner (corrections and marks), as far as the
   * people they name are in this export.
   */
  restore(kept: Corrections): Report {
    const { here, elsewhere } = splitKept(this.report, kept);
    this.elsewhere = elsewhere;
    return here ? this.replace(applyCorrections(this.report, here)) : this.overview();
  }

  /**
   * What the browser keeps after a change: this report's corrections and marks, and what it kept
   * before about people not in this export (another export of the same person).
   */
  kept(): Corrections {
    const c = this.report.corrections ?? {};
    return {
      colleague: [...(c.colleague ?? []), ...this.elsewhere.colleague],
      notColleague: [...(c.notColleague ?? []), ...this.elsewhere.notColleague],
      merge: c.merge ?? [],
      marks: [...(c.marks ?? []), ...this.elsewhere.marks],
    };
  }

  /** Every correction, merge and mark taken back: the report as the export alone gives it. */
  forget(): Report {
    const c = this.report.corrections ?? {};
    this.elsewhere = { colleague: [], notColleague: [], marks: [] };
    return this.replace(
      applyCorrections(this.report, {
        clear: [...(c.colleague ?? []), ...(c.notColleague ?? [])],
        unmerge: c.merge ?? [],
        clearMarks: (c.marks ?? []).map((m) => m.who),
      }),
    );
  }

  /**
   * The key this browser keeps corrections under: the owner's own profile where the export shows it,
   * else their name, else (a Connections.csv alone) their earliest connections — the ones a newer
   * export of the same person still begins with — so two people's exports on one browser never share
   * what is kept.
   */
  keptKey(): string {
    const { owner } = this.report;
    if (owner.profileUrls[0]) return `profile:${owner.profileUrls[0]}`;
    if (owner.name) return `name:${owner.name}`;
    const earliest = this.report.people
      .map((p) => `${p.connectedOn ?? ''} ${p.profileUrl ?? p.id}`)
      .sort()
      .slice(0, 20);
    return `connections:${earliest.join(',')}`;
  }

  /** The report without its people, as the API's `?omit=people` gives it: they come in pages. */
  overview(): Report {
    return { ...this.report, people: [] };
  }

  people(query: DevicePeopleQuery): {
    total: number;
    people: (Person & { words: PersonWords })[];
    nextCursor: string | null;
  } {
    const book = phrasebook(query.lang);
    const matches = matchesFilter(query);
    const matching: Person[] = [];
    this.keys.forEach((key, i) => {
      const person = this.report.people[i];
      if (person && matches(key)) matching.push(person);
    });
    const start = Number(query.cursor ?? 0) || 0;
    const limit = query.limit ?? 50;
    return {
      total: matching.length,
      people: matching
        .slice(start, start + limit)
        .map((p) => ({ ...p, words: personWords(p, this.words, book) })),
      nextCursor: start + limit < matching.length ? String(start + limit) : null,
    };
  }

  /** Colleague or not, merges, and their undo: the same path as the API's corrections. */
  correct(corrections: Corrections): Report {
    return this.replace(applyCorrections(this.report, corrections));
  }

  /** Keep-in-touch marks, made today (never before the report's own date), and their undo. */
  mark(asked: DeviceMarks, today: string): Report {
    const on = today > this.report.asOf ? today : this.report.asOf;
    const corrections: Corrections = {
      ...(asked.marks?.length ? { marks: asked.marks.map((m) => ({ ...m, on: m.on ?? on })) } : {}),
      ...(asked.clearMarks?.length ? { clearMarks: asked.clearMarks } : {}),
    };
    return this.replace(applyCorrections(this.report, corrections, { asOf: on }));
  }

  setEmployers(employers: NonNullable<AnalyzeOptions['employers']>): Report {
    return this.replace(withEmployers(this.report, employers));
  }

  file(kind: DeviceFileKind, lang: Lang, today: string): string {
    switch (kind) {
      case 'csv':
        return peopleCsv(this.report, this.report.people, lang);
      case 'ics':
        return remindersIcs(this.report, { lang, from: today });
      case 'html':
        return reportHtml(this.report, this.report.people, lang);
      default:
        // The report's facts, as `reconnect --format json` writes them.
        return `${JSON.stringify(this.report)}\n`;
    }
  }

  private replace(report: Report): Report {
    this.report = report;
    this.keys = report.people.map(filterKey);
    this.words = wordsContext(report);
    return this.overview();
  }
}

/**
 * Kept corrections split by this report: what it can apply (`here`: its people, and every merge — a
 * name not in it changes nothing; null when nothing applies) and what is about people not in it
 * (another export, someone no longer connected), kept on rather than refused.
 */
export function splitKept(
  report: Report,
  kept: Corrections,
): {
  here: Corrections | null;
  elsewhere: Pick<Required<Corrections>, 'colleague' | 'notColleague' | 'marks'>;
} {
  const known = new Set(report.people.flatMap((p) => [p.id, ...(p.profileUrl ? [p.profileUrl] : [])]));
  const split = (list: string[] | undefined) => {
    const all = list ?? [];
    return [all.filter((who) => known.has(who)), all.filter((who) => !known.has(who))] as const;
  };
  const [colleague, colleagueElsewhere] = split(kept.colleague);
  const [notColleague, notColleagueElsewhere] = split(kept.notColleague);
  const marks = kept.marks ?? [];
  const here: Corrections = {
    colleague,
    notColleague,
    merge: kept.merge ?? [],
    marks: marks.filter((m) => known.has(m.who)),
  };
  return {
    here: Object.values(here).some((list) => list.length > 0) ? here : null,
    elsewhere: {
      colleague: colleagueElsewhere,
      notColleague: notColleagueElsewhere,
      marks: marks.filter((m) => !known.has(m.who)),
    },
  };
}
