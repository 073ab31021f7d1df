// The resident's own (masked) name inside a sentence of any language. It is personal data and
// stays as the ID card holds it, in Chinese; it is marked `data-personal` so a check for Chinese
// left on a Tibetan or Uyghur screen can tell it from untranslated words (tests/e2e/persona).
// Kept on one line: in 长辈版's Uyghur greeting "阿******提" broke after its first character and
// read as two words on two lines.
import type { ComponentChildren } from 'preact';

export function PersonalName({ name }: { name: string }) {
  return (
    <bdi class="personal-name" data-personal="" lang="zh-CN">
      {name}
    </bdi>
  );
}

/** A private-use character no catalog contains: where the name goes in the sentence. */
const SLOT = '\uE000';

/** The catalog's sentence with the name set in as a PersonalName (the sentence as text if the
 *  name's place cannot be found once, which a catalog test would have caught). */
export function withPersonalName(sentence: (name: string) => string, name: string): ComponentChildren {
  const parts = sentence(SLOT).split(SLOT);
  if (parts.length !== 2) return sentence(name);
  return (
    <>
      {parts[0]}
      <PersonalName name={name} />
      {parts[1]}
    </>
  );
}
