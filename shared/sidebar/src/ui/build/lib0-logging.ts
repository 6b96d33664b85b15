/**
 * Browser-bundle stand-in for `lib0/logging` (aliased in scripts/build.ts). Yjs prints a few warnings
 * through it; the real module also carries lib0's DOM log console (lib0/dom + lib0/schema, ~2.5 KB gzip)
 * that the sidebar never uses. Same exports as far as yjs, y-protocols and y-websocket need them.
 */
export const BOLD = Symbol('bold')
export const UNBOLD = Symbol('unbold')
export const BLUE = Symbol('blue')
export const GREY = Symbol('grey')
export const GREEN = Symbol('green')
export const RED = Symbol('red')
export const PURPLE = Symbol('purple')
export const ORANGE = Symbol('orange')
export const UNCOLOR = Symbol('uncolor')

const plain = (args: unknown[]) => args.filter((a) => typeof a !== 'symbol')

/** console.log without lib0's colour symbols. */
export const print = (...args: unknown[]): void => console.log(...plain(args))
/** console.warn without lib0's colour symbols. */
export const warn = (...args: unknown[]): void => console.warn(...plain(args))
/** console.error for an error. */
export const printError = (err: unknown): void => console.error(err)
/** Debug loggers are off in the browser bundle. */
export const createModuleLogger =
  (_name: string) =>
  (..._args: unknown[]): void => {}
