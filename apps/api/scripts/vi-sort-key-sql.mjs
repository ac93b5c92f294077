// Prints the body of the SQL function vi_sort_key(text), the Vietnamese collation key used on both engines
// (PGlite has no ICU). Run it if the letter tables need to change, and paste the output into a new migration.
// The key is three levels, as in ICU's Vietnamese collation:
//   1. letters in the Vietnamese alphabet (a ă â b c d đ e ê … u ư v x y), mapped to ordered code points;
//   2. tones (none, huyền, hỏi, ngã, sắc, nặng) as digits 0–5, every other letter 0;
//   3. case, lower before upper.
const alphabet = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

const primaryFrom = [];
const primaryTo = [];
const toneFrom = [];
const toneTo = [];
const caseFrom = [];
const caseTo = [];
alphabet.forEach((letter, i) => {
  const code = String.fromCodePoint(0x100 + i);
  const forms = vowels.includes(letter) ? tones.map((t) => (letter + t).normalize('NFC')) : [letter];
  forms.forEach((form, tone) => {
    for (const [variant, isUpper] of [
      [form, false],
      [form.toUpperCase(), true],
    ]) {
      primaryFrom.push(variant);
      primaryTo.push(code);
      caseFrom.push(variant);
      caseTo.push(isUpper ? '1' : '0');
      toneFrom.push(variant);
      toneTo.push(String(tone));
    }
  });
});
const lit = (chars) => `'${chars.join('')}'`;
console.log(`create or replace function vi_sort_key(value text) returns bytea
language sql immutable strict parallel safe
as $$
  select convert_to(
    translate(value, ${lit(primaryFrom)}, ${lit(primaryTo)})
    || chr(1) || translate(value, ${lit(toneFrom)}, ${lit(toneTo)})
    || chr(1) || translate(value, ${lit(caseFrom)}, ${lit(caseTo)}),
    'UTF8')
$$;`);
