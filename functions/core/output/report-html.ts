import { isPossibleColleague } from '../lines.ts';
import type { Person, Report } from '../report.ts';
import { type Lang, noteWords, personWords, phrasebook, warningWords, wordsContext } from '../words/index.ts';

/**
 * The report as one self-contained HTML file: compact rows that open in place, search and a category
 * filter; no external asset, no network request, every value escaped. Its one script is a constant
 * (it holds no data: it only filters and opens the rows already in the file), allowed by its hash in
 * the file's own Content-Security-Policy, which blocks any other script.
 */
export function reportHtml(report: Report, people: Person[] = report.people, lang: Lang = 'en'): string {
  const book = phrasebook(lang);
  const t = TEXT[lang];
  const context = wordsContext(report);
  const s = report.summary;
  const title = book.ui.title(report.owner.name);
  const row = (p: Person) => {
    const words = personWords(p, context, book);
    const name = escapeHtml(p.name || book.ui.hiddenProfile);
    const where = [p.position, p.company].filter(Boolean).map(escapeHtml).join(' · ');
    const shared = p.sharedEmployers[0];
    const tie = [
      p.category === 'other' ? words.label : `${words.label} (${words.confidence})`,
      words.tie,
      shared ? `${shared.company} ${shared.from.slice(0, 4)}–${shared.to ? shared.to.slice(0, 4) : ''}` : '',
    ]
      .filter(Boolean)
      .map(escapeHtml)
      .join(' · ');
    const text = [p.name, p.company, p.position].join(' ').toLowerCase();
    const evidence = words.evidence
      .filter((e) => e.lines.length)
      .map(
        (e) =>
          `<h4>${escapeHtml(e.company)}</h4><ul>${e.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
      )
      .join('');
    const profile = p.profileUrl
      ? `<a href="${escapeHtml(p.profileUrl)}" rel="noopener noreferrer" target="_blank">${escapeHtml(t.open)}</a>`
      : '';
    return `<li class="row ${p.category}" data-category="${p.category}" data-possible="${isPossibleColleague(p) ? 1 : 0}" data-text="${escapeHtml(text)}">
<button type="button" class="toggle" aria-expanded="false" aria-controls="d${p.rank}"><span class="rank">${p.rank}</span><span class="main"><span class="name">${name}</span>${where ? `<span class="where">${where}</span>` : ''}<span class="tie">${tie}</span></span><span class="status ${p.status}">${escapeHtml(words.status)}</span></button>
<div class="detail" id="d${p.rank}" hidden>
<p class="facts">${escapeHtml(t.score(p.score))} · ${escapeHtml(book.ui.score)}</p>
<ul class="reasons">${words.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>
${evidence ? `<details><summary>${escapeHtml(book.ui.evidence)}</summary>${evidence}</details>` : ''}
${words.draft ? `<p class="draft-label">${escapeHtml(words.draftLabel ?? book.ui.draft)}</p><blockquote class="draft">${escapeHtml(words.draft)}</blockquote>` : ''}
${profile ? `<p>${profile}</p>` : ''}
</div>
</li>`;
  };
  const warnings = report.warnings.map(
    (w) =>
      `<li>${escapeHtml(w.file)}${w.row ? ` ${escapeHtml(book.ui.row(w.row))}` : ''}: ${escapeHtml(warningWords(w, book))}</li>`,
  );
  const option = (value: string, label: string) => `<option value="${value}">${escapeHtml(label)}</option>`;
  return `<!doctype html>
<html lang="${book.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src '${SCRIPT_HASH}'; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(book.ui.summary(s, report.asOf))}</p>
${s.notes.map((n) => `<p class="note">${escapeHtml(noteWords(n, book))}</p>`).join('\n')}
</header>
<main>
<div class="filters" role="search">
<label>${escapeHtml(t.search)} <input type="search" id="q" autocomplete="off"></label>
<label>${escapeHtml(t.who)} <select id="who">${option('', t.everyone)}${(['former-colleague', 'current-colleague', 'alumni', 'other'] as const).map((c) => option(c, book.labels.category[c])).join('')}${option('possible', t.possible)}</select></label>
</div>
<p id="count" role="status" data-one="${escapeHtml(t.one)}" data-many="${escapeHtml(t.many)}">${escapeHtml((people.length === 1 ? t.one : t.many).replace('{n}', book.count(people.length)))}</p>
<div id="empty" hidden><p>${escapeHtml(t.none)}</p><button type="button" id="clear">${escapeHtml(t.clear)}</button></div>
<ol class="people">
${people.map(row).join('\n')}
</ol>
${warnings.length ? `<section class="warnings"><h2>${escapeHtml(book.ui.warningsTitle)}</h2><ul>${warnings.join('')}</ul></section>` : ''}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The file's own words around the people's (which come from the words module). */
const TEXT: Record<
  Lang,
  {
    search: string;
    who: string;
    everyone: string;
    possible: string;
    one: string;
    many: string;
    none: string;
    clear: string;
    open: string;
    score: (n: number) => string;
  }
> = {
  en: {
    search: 'Search',
    who: 'Who',
    everyone: 'Everyone',
    possible: 'former colleagues, possible ones too',
    one: '{n} person',
    many: '{n} people',
    none: 'No one matches.',
    clear: 'Clear the search and filter',
    open: 'Open on LinkedIn',
    score: (n) => `Reconnect score ${n} of 100`,
  },
  de: {
    search: 'Suche',
    who: 'Wer',
    everyone: 'Alle',
    possible: 'früher zusammengearbeitet, auch vielleicht',
    one: '{n} Person',
    many: '{n} Personen',
    none: 'Niemand passt.',
    clear: 'Suche und Filter zurücksetzen',
    open: 'Auf LinkedIn öffnen',
    score: (n) => `Reconnect-Punkte ${n} von 100`,
  },
};

/**
 * Filters by the search and the category, opens and closes rows. Holds no data. Changing it changes
 * its hash: `SCRIPT_HASH` must follow (test/core/output.test.ts recomputes it and says the new one).
 */
const SCRIPT = `(()=>{const q=document.getElementById('q'),w=document.getElementById('who'),n=document.getElementById('count'),e=document.getElementById('empty'),rows=[...document.querySelectorAll('li.row')];function apply(){const t=q.value.trim().toLowerCase(),c=w.value;let k=0;for(const r of rows){const d=r.dataset,ok=(!t||d.text.includes(t))&&(!c||d.category===c||(c==='possible'&&(d.category==='former-colleague'||d.possible==='1')));r.hidden=!ok;if(ok)k++}n.textContent=(k===1?n.dataset.one:n.dataset.many).replace('{n}',k.toLocaleString(document.documentElement.lang));e.hidden=k>0}q.addEventListener('input',apply);w.addEventListener('change',apply);document.getElementById('clear').addEventListener('click',()=>{q.value='';w.value='';apply();q.focus()});document.addEventListener('click',v=>{const b=v.target.closest&&v.target.closest('button.toggle');if(!b)return;const o=b.getAttribute('aria-expanded')!=='true';b.setAttribute('aria-expanded',String(o));document.getElementById(b.getAttribute('aria-controls')).hidden=!o})})();`;
export const SCRIPT_HASH = 'sha256-UoTc1r9pVoFpa6OMExVxWUxQMP6oFiU5FfJv2qFZo7c=';

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;color:#1f2933;background:#f7f8fa;margin:0}
header,main{max-width:900px;margin:0 auto;padding:12px 16px}
h1{font-size:1.4em;margin:.4em 0}
[hidden]{display:none!important}
.note{color:#7a4b00;background:#fff6e0;padding:8px 12px;border-radius:6px}
.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:end}
.filters label{display:flex;flex-direction:column;font-size:.85em;color:#52606d}
.filters input,.filters select{font:inherit;padding:5px 8px;border:1px solid #8a99ab;border-radius:6px}
#count{color:#52606d;margin:6px 0}
.people{list-style:none;padding:0;margin:0;background:#fff;border:1px solid #e1e5ea;border-radius:8px}
.row{border-bottom:1px solid #e1e5ea;content-visibility:auto;contain-intrinsic-size:auto 64px}
.toggle{display:grid;grid-template-columns:2.4em minmax(0,1fr) auto;gap:2px 10px;width:100%;text-align:left;font:inherit;color:inherit;background:none;border:0;padding:8px 12px;cursor:pointer}
.toggle:hover{background:#eef4fb}
.toggle:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #1b6fd1;outline-offset:-2px}
.rank{color:#52606d}
.main{display:flex;flex-direction:column;min-width:0}
.name{font-weight:650}
.where,.tie{color:#52606d;font-size:.9em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.status{font-size:.85em;border:1px solid currentColor;border-radius:10px;padding:1px 8px;white-space:nowrap;align-self:start}
.status.due{color:#8a3b00;background:#fff1e6}.status.in-touch{color:#0b6b3a;background:#ddf3e7}.status.quiet{color:#4a5563;background:#eef1f4}.status.snoozed{color:#5b2a86;background:#f0e6fa}
.detail{padding:2px 14px 12px calc(2.4em + 22px)}
.facts{color:#52606d;font-size:.9em}
.reasons{margin:4px 0;padding-left:20px}
.draft-label{font-size:.8em;font-weight:700;color:#52606d;margin:8px 0 2px}
.draft{margin:0;padding:8px 12px;background:#f0f4f8;border-left:3px solid #9fb3c8;border-radius:4px}
a{color:#0b5cab}
.warnings{font-size:.9em;color:#52606d}
@media (max-width:600px){.toggle{grid-template-columns:2em minmax(0,1fr)}.status{grid-column:2;justify-self:start}.detail{padding-left:14px}.tie{white-space:normal}}
`;
