// The text of the pinyin dictionary, produced at build time by scripts/pinyin-dictionary-plugin.ts.
declare module 'virtual:pinyin-dictionary' {
  const text: string;
  export default text;
}
