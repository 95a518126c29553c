// markdown-it-container ships no types of its own.
declare module 'markdown-it-container' {
  import type { MarkdownIt } from 'markdown-it';
  const container: (md: MarkdownIt, name: string, options?: Record<string, unknown>) => void;
  export default container;
}
