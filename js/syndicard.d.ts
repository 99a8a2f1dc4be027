/**
 * syndicard: an embeddable card for syndicated press releases.
 *
 * Importing this module starts loading the wasm, then registers
 * `<syndi-card>` and mounts every `<syndi-card>` and `[data-syndicard]`
 * element on the page, now and later. It has no top-level await: `ready`
 * tells when the widget is loaded. See the README for the options and the
 * rendered parts.
 */

/** Options, as the attributes name them (kebab-case) or in camelCase. */
export interface Options {
  /** Feed URL (RSS 0.9x/1.0/2.0, Atom 1.0, JSON Feed 1.0/1.1), relative to the page. */
  feed?: string;
  /** How many releases to show (1 to 50; default 1). */
  limit?: number | string;
  /** Show the release whose guid/id or link equals this. */
  item?: string;
  /** Layout (default "card"). */
  layout?: "card" | "full" | "list" | "compact";
  /** UI language; default: the release's, then the feed's, then the page's. */
  lang?: string;
  /** Distributor name used in the disclaimer; default: from the feed. */
  provider?: string;
  /** Colour scheme (default "auto": follows the host page's own color-scheme). */
  theme?: "auto" | "light" | "dark";
  /** Milliseconds before a fetch is abandoned (default 8000). */
  timeout?: number | string;
  /** URL template containing `{url}` (the percent-encoded feed URL), for feeds without CORS. */
  proxy?: string;
  /** Base URL of a syndicard relay: the cards come from its /v1/cards (for feeds without CORS). */
  relay?: string;
  /** Seconds between re-fetches; 0 (default) is never. */
  refresh?: number | string;
  /** Heading level for titles, 2 to 6 (default 3). */
  "heading-level"?: number | string;
  headingLevel?: number | string;
  /** "eager" (default), or "lazy": nothing is fetched until the element nears the viewport. */
  loading?: "eager" | "lazy";
}

/** A mounted widget. */
export class Handle {
  private constructor();
  /** Re-fetches and re-renders; resolves once the widget has settled. */
  refresh(): Promise<void>;
  /** Stops the widget and shows the element's own children again. */
  destroy(): void;
  /** The host element. */
  readonly element: Element;
  /** Releases the handle's wasm memory (the widget stays mounted). */
  free(): void;
}

/**
 * Mounts the widget on `element`, with `options` applied over its
 * attributes. May be called before `ready` settles: it waits for the wasm.
 * Resolves once the first load has settled: `state` is then "ready",
 * "empty" or "error" (bad options do not reject). Rejects with an `Error`
 * when the wasm could not load, or when `element` cannot hold a shadow root
 * (a `<figure>`, an `<a>`…), which also gets `state="error"
 * error-code="config"`.
 */
export function mount(element: Element, options?: Options): Promise<Handle>;

/** Text, with how to read it. */
export interface Text {
  kind: "text" | "html";
  value: string;
}

/** One release of a parsed feed. Dates are ISO 8601 strings. */
export interface Release {
  id: string | null;
  title: string | null;
  link: string | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  summary: Text | null;
  content: Text | null;
  image: string | null;
  categories: string[];
  language: string | null;
  source: string | null;
}

/** A parsed feed. */
export interface Feed {
  format: "rss" | "rdf" | "atom" | "json" | null;
  title: string | null;
  link: string | null;
  language: string | null;
  generator: string | null;
  publisher: string | null;
  releases: Release[];
}

/**
 * Parses feed text into the normalized feed; throws an `Error` naming the
 * line and column when nothing usable can be read. It is synchronous, so it
 * needs the wasm: `await ready` first (before it resolves `true`, `parse`
 * throws an `Error` saying so).
 */
export function parse(text: string): Feed;

/**
 * Resolves `true` once the widget is loaded and `<syndi-card>` defined,
 * `false` if it could not load (the reason is on the console); never
 * rejects.
 */
export const ready: Promise<boolean>;

/** Where the wasm is, for `init()`. */
export interface InitOptions {
  /**
   * The wasm: its URL, a `Response` (or a promise of one), a compiled
   * `WebAssembly.Module` or its bytes. Default: `<meta name="syndicard-wasm"
   * content="URL">` if the page has one, else `syndicard_bg.wasm` next to
   * `syndicard.js`.
   */
  wasm?: string | URL | Response | PromiseLike<Response> | WebAssembly.Module | BufferSource;
}

/**
 * Says where the wasm is, for bundlers that do not copy `syndicard_bg.wasm`
 * next to the bundled module. Call it at the top level of the module that
 * imports syndicard, before any `await`: the download begins right after
 * (a later call with `wasm` throws). Returns `ready`.
 */
export function init(options?: InitOptions): Promise<boolean>;

/** The crate version, e.g. "0.1.0". */
export const version: string;

/** `syndi-card` element states, reflected in its `state` attribute. */
export type State = "loading" | "ready" | "empty" | "error";
/** Reflected in `error-code` when `state` is "error". */
export type ErrorCode = "config" | "network" | "timeout" | "http" | "parse";
/** Reflected in `source` when `state` is "ready" or "empty": where the releases shown came from. */
export type Source = "network" | "cache" | "relay" | "inline";

// @generated element types

/** What JSX accepts on `<syndi-card>`: its attributes, plus `children`, `class`, `id`… */
export type SyndiCardJSXProps = SyndiCardAttributes & {
  children?: unknown;
  class?: string;
  className?: string;
  id?: string;
  slot?: string;
  style?: unknown;
  hidden?: boolean;
  key?: string | number | null;
  ref?: unknown;
  [attribute: `data-${string}`]: string | number | boolean | undefined;
  [attribute: `aria-${string}`]: string | number | boolean | undefined;
};

declare global {
  interface HTMLElementTagNameMap {
    "syndi-card": SyndiCardElement;
  }
  interface HTMLElementEventMap extends SyndiCardEventMap {}
}

// React (react 19's JSX namespace): `<syndi-card feed="…" limit={3} />` in TSX.
declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "syndi-card": SyndiCardJSXProps;
    }
  }
}

// Svelte 5 (svelte-check): `<syndi-card feed="…" limit={3} />` in components.
declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
      "syndi-card": SyndiCardJSXProps;
    }
  }
}

// Vue (Volar): `<syndi-card feed="…" :limit="3" />` in templates.
declare module "vue" {
  interface GlobalComponents {
    "syndi-card": new () => { $props: SyndiCardAttributes };
  }
}
