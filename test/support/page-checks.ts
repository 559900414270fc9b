import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core in the page: the serious and critical violations, each with the elements at fault. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Console errors and uncaught exceptions a page produces, collected from the moment it is opened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Rows wholly inside the window: what a person sees without scrolling. */
export function rowsAboveTheFold(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('.row-item:not(.loading)')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      }).length,
  );
}

/** Every SVG text on screen: its shown size in px, and any two in one picture that overlap. */
export function pictureText(page: Page): Promise<{ smallest: number; collisions: string[]; count: number }> {
  return page.evaluate(() => {
    let smallest = Number.POSITIVE_INFINITY;
    const collisions: string[] = [];
    let count = 0;
    for (const picture of document.querySelectorAll('.picture .chart-box > svg')) {
      const texts = [...picture.querySelectorAll('text')].filter((t) => t.textContent?.trim());
      // What shows of a text: its box cut by the viewport it sits in (a label cut at its column).
      const boxes = texts.map((t) => {
        const text = t.getBoundingClientRect();
        const port = (t.parentElement?.closest('svg') ?? picture).getBoundingClientRect();
        const left = Math.max(text.left, port.left);
        const top = Math.max(text.top, port.top);
        return new DOMRect(
          left,
          top,
          Math.min(text.right, port.right) - left,
          Math.min(text.bottom, port.bottom) - top,
        );
      });
      for (const t of texts) {
        const shown =
          Number.parseFloat(getComputedStyle(t).fontSize) *
          (picture.getBoundingClientRect().width / (picture as SVGSVGElement).viewBox.baseVal.width);
        smallest = Math.min(smallest, shown);
        count++;
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as DOMRect;
          const b = boxes[j] as DOMRect;
          if (
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5
          )
            collisions.push(`${texts[i]?.textContent} × ${texts[j]?.textContent}`);
        }
    }
    return { smallest, collisions, count };
  });
}

/** Whether the API has the routes from the marks work: the page's tests of them wait for them. */
export async function serverRoutes(
  baseUrl: string,
): Promise<{ marks: boolean; employers: boolean; undo: boolean }> {
  const doc = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
    components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
  };
  const corrections = doc.components?.schemas?.Corrections?.properties ?? {};
  return {
    marks: Boolean(doc.paths['/api/reports/{id}/marks']?.post),
    employers: Boolean(doc.paths['/api/reports/{id}/employers']?.put),
    undo: 'clear' in corrections && 'unmerge' in corrections,
  };
}
