import { LIKELY, SURE } from '../lines.ts';
import type { Category, ContactRecord, Tie } from '../report.ts';

/**
 * How close a tie is, from what the export shows: messages both ways count most, then a
 * recommendation, endorsements and having worked together. A stranger you wrote once is distant; a
 * colleague you wrote with for years is close.
 */
export interface TieInputs {
  category: Category;
  confidence: number;
  contact?: ContactRecord;
}

const POINTS = {
  bothWays: 2,
  manyMessages: 1,
  oneWay: 0.5,
  recommendation: 2,
  endorsement: 0.5,
  likelyColleague: 1,
  sureColleague: 1.5,
} as const;
const CLOSE = 3;
const FAMILIAR = 1.5;
const MANY_MESSAGES = 10;

export function tieStrength({ category, confidence, contact }: TieInputs): Tie {
  let points = 0;
  const sent = contact?.messagesSent ?? 0;
  const received = contact?.messagesReceived ?? 0;
  if (sent > 0 && received > 0)
    points += POINTS.bothWays + (sent + received >= MANY_MESSAGES ? POINTS.manyMessages : 0);
  else if (sent > 0 || received > 0) points += POINTS.oneWay;
  if ((contact?.recommendationsReceived ?? 0) + (contact?.recommendationsGiven ?? 0) > 0)
    points += POINTS.recommendation;
  if ((contact?.endorsementsReceived ?? 0) > 0) points += POINTS.endorsement;
  if ((contact?.endorsementsGiven ?? 0) > 0) points += POINTS.endorsement;
  if (category === 'former-colleague' || category === 'current-colleague') {
    if (confidence >= SURE) points += POINTS.sureColleague;
    else if (confidence >= LIKELY) points += POINTS.likelyColleague;
  }
  return points >= CLOSE ? 'close' : points >= FAMILIAR ? 'familiar' : 'distant';
}
