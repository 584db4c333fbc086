/** Fixture texts are bundled into the integration suite (esbuild's text loader), so it runs in a web worker too. */
declare module '*.txt' {
  const text: string;
  export default text;
}
