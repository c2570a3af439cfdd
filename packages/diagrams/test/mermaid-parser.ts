/**
 * mermaid's own parser in Node: mermaid sanitises labels with DOMPurify, which needs a DOM, so give
 * it jsdom's window before loading it.
 */
import { JSDOM } from 'jsdom';

/** The part of mermaid's API the tests use. */
export interface MermaidParser {
  parse(text: string): Promise<unknown>;
}

let loaded: Promise<MermaidParser> | null = null;

/** Loads mermaid once, with a jsdom window in place. */
export function loadMermaid(): Promise<MermaidParser> {
  loaded ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const mermaid = (await import('mermaid')).default as unknown as MermaidParser & { initialize(config: Record<string, unknown>): void };
    mermaid.initialize({ startOnLoad: false });
    return mermaid;
  })();
  return loaded;
}
