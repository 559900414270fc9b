import { describe, expect, it } from 'vitest';
import { analyze, type Person } from '../../functions/core/index.ts';
import {
  DRAFT_HOOK_KINDS,
  EVIDENCE_KINDS,
  NOTE_CODES,
  REASON_KINDS,
  WARNING_CODES,
} from '../../functions/core/report.ts';
import { LANGS, langFrom, phrasebook } from '../../functions/core/words/index.ts';
import { fixtureFiles } from '../support/fixtures.ts';
import { wordsOf } from '../support/words.ts';

/**
 * Words at the edge: every fact kind the engine writes has a phrase in every language, and the same
 * facts read the same in any language's report (the words differ, the facts do not).
 */
describe('every language', () => {
  it.each(LANGS)('%s phrases every kind of reason, evidence, note and warning', (lang) => {
    const book = phrasebook(lang);
    for (const kind of REASON_KINDS) expect(book.reason[kind], kind).toBeTypeOf('function');
    for (const kind of EVIDENCE_KINDS) expect(book.evidence[kind], kind).toBeTypeOf('function');
    for (const code of NOTE_CODES) expect(book.note[code]({ code }).length, code).toBeGreaterThan(10);
    for (const code of WARNING_CODES) {
      const text = book.warning[code]({
        file: 'x.csv',
        code,
        count: 2,
        limit: 3,
        what: 'message',
        company: 'Acme',
        reason: 'encrypted-zip',
        columns: ['A'],
      });
      expect(text.length, code).toBeGreaterThan(10);
      expect(text, code).not.toMatch(/undefined|NaN/);
    }
  });

  it.each(LANGS)('%s says every reason and draft of a real report, with no hole', (lang) => {
    const report = analyze(fixtureFiles('era-2026'), { asOf: '2026-06-01' });
    const said = wordsOf(report, lang);
    const hooks = new Set<string>();
    for (const p of report.people) {
      const w = said(p);
      expect(w.reasons.length, p.name).toBe(
        p.reasons.filter((r) => r.kind !== 'evidence' || p.sharedEmployers[0]).length,
      );
      for (const text of [...w.reasons, w.draft ?? '', w.status, w.label])
        expect(text, text).not.toMatch(/undefined|null|NaN|\[object| {2}/);
      if (p.draft) hooks.add(p.draft.hook.kind);
    }
    expect(hooks.size).toBeGreaterThan(1);
    expect(DRAFT_HOOK_KINDS).toEqual(expect.arrayContaining([...hooks]));
  });
});

describe('German', () => {
  const report = analyze(fixtureFiles('era-2026'), { asOf: '2026-06-01' });
  const said = wordsOf(report, 'de');

  it('says du to a close or familiar tie and Sie, with the whole name, to a distant one', () => {
    const drafted = report.people.filter((p) => p.draft);
    const near = drafted.filter((p: Person) => p.tie !== 'distant');
    const far = drafted.filter((p: Person) => p.tie === 'distant');
    expect(near.length).toBeGreaterThan(0);
    expect(far.length).toBeGreaterThan(0);
    for (const p of near)
      expect(said(p).draft, said(p).draft ?? '').not.toMatch(/\bSie\b|\bIhnen\b|\bIhr(e|en)?\b/);
    for (const p of far) {
      const text = said(p).draft ?? '';
      expect(text, text).not.toMatch(/\bdu\b|\bdir\b|\bdich\b|\bdein/i);
      expect(text, text).toMatch(/^(Guten Tag|Hallo) /);
    }
  });

  it("is chosen from the browser's languages, English when none of ours is there", () => {
    expect(langFrom(['de-AT', 'en'])).toBe('de');
    expect(langFrom('fr-FR,de;q=0.8')).toBe('de');
    expect(langFrom(['fr'])).toBe('en');
    expect(langFrom(undefined)).toBe('en');
  });
});
