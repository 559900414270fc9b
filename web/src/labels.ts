import type { Category } from '../../functions/core/report.ts';

export const CATEGORY_LABELS: Record<Category, string> = {
  'former-colleague': 'Former colleague',
  'current-colleague': 'Current colleague',
  alumni: 'Alumni',
  other: 'Other',
};

export function confidenceLabel(category: Category, confidence: number): string {
  if (category === 'former-colleague')
    return confidence >= 0.8 ? 'sure' : confidence >= 0.5 ? 'likely' : 'possible';
  return confidence >= 0.8 ? 'sure' : 'likely';
}

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}
