import { describe, expect, it } from 'vitest';
import { countChars, counterState } from './content-counter';

describe('countChars', () => {
  it('counts as the server does: composed characters, runs of spaces and line breaks as one, trimmed', () => {
    // "Hà Nội" typed with combining marks (NFD) is 6 characters once composed.
    expect(countChars('Ha\u0300 Nô\u0323i')).toBe(6);
    expect(countChars('  một\n\nhai   ba  ')).toBe('một hai ba'.length);
    expect(countChars('')).toBe(0);
  });
});

describe('counterState', () => {
  it('shows the count against the limit with Vietnamese digit grouping', () => {
    expect(counterState(1234, 3000).text).toBe('1.234/3.000 ký tự');
    expect(counterState(0, 3000)).toEqual({ text: '0/3.000 ký tự', tone: 'ok', announcement: '' });
  });

  it('announces only when a threshold is crossed, so a screen reader is not told at every key', () => {
    expect(counterState(2699, 3000).announcement).toBe('');
    expect(counterState(2700, 3000)).toMatchObject({ tone: 'near', announcement: 'Còn không quá 300 ký tự' });
    expect(counterState(2850, 3000).announcement).toBe('Còn không quá 300 ký tự');
    expect(counterState(2900, 3000).announcement).toBe('Còn không quá 100 ký tự');
    expect(counterState(3000, 3000)).toMatchObject({ tone: 'near', announcement: 'Còn không quá 100 ký tự' });
  });

  it('says plainly when the text is over the limit', () => {
    expect(counterState(3001, 3000)).toEqual({
      text: '3.001/3.000 ký tự',
      tone: 'over',
      announcement: 'Nội dung dài quá 3.000 ký tự, hãy rút gọn',
    });
    expect(counterState(3500, 3000).announcement).toBe(counterState(3001, 3000).announcement);
  });
});
