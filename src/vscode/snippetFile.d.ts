/** snippets/speech.code-snippets is bundled as JSON (esbuild's json loader), so the web extension has it too. */
declare module '*.code-snippets' {
  const snippets: Record<string, { prefix: string[]; body: string[]; description: string; isFileTemplate?: boolean }>;
  export default snippets;
}
