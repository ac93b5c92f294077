import { normalizeText } from '@motcua/shared';
import { texts } from '../../config/texts';

const numbers = new Intl.NumberFormat('vi-VN');

/** How far from the limit the count starts being announced to screen readers. */
const NEAR = [300, 100] as const;

/** Characters as the server counts them: NFC, runs of white space as one, trimmed. */
export function countChars(value: string): number {
  return normalizeText(value).length;
}

export type CounterTone = 'ok' | 'near' | 'over';

export type CounterState = {
  /** "1.234/3.000 ký tự", always shown. */
  text: string;
  tone: CounterTone;
  /**
   * What a screen reader should hear, which changes only when a threshold is crossed (300 and 100 left, over the
   * limit): a live region that spoke at every key press would drown the typing.
   */
  announcement: string;
};

export function counterState(count: number, max: number): CounterState {
  const remaining = max - count;
  const text = texts.feedback.charCount(numbers.format(count), numbers.format(max));
  if (remaining < 0) {
    return { text, tone: 'over', announcement: texts.feedback.charsOver(numbers.format(max)) };
  }
  const threshold = [...NEAR].reverse().find((near) => remaining <= near);
  if (threshold === undefined) return { text, tone: 'ok', announcement: '' };
  return { text, tone: 'near', announcement: texts.feedback.charsNear(`${numbers.format(threshold)}`) };
}
