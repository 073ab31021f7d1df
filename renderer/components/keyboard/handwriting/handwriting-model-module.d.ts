// The text of the handwriting model, produced at build time by scripts/handwriting-model-plugin.ts.
declare module 'virtual:handwriting-model' {
  const text: string;
  export default text;
}
