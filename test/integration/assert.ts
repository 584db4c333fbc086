/**
 * The assertions the integration suite uses, with no Node dependency, so the same suite runs in the Node and
 * the web worker extension hosts. Semantics follow node:assert/strict.
 */

class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value, null, 2) ?? String(value));
}

function fail(message: string | undefined, detail: string): never {
  throw new AssertionError(message ? `${message}\n${detail}` : detail);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}\n  actual ${show(actual)}`);
}

export function deepEqual<T>(actual: T, expected: T, message?: string): void {
  if (!isDeepEqual(actual, expected)) fail(message, `expected ${show(expected)}\n  actual ${show(actual)}`);
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (typeof actual !== 'string' || !pattern.test(actual))
    fail(message, `expected ${show(actual)} to match ${pattern}`);
}

export function doesNotMatch(actual: string, pattern: RegExp, message?: string): void {
  if (typeof actual !== 'string' || pattern.test(actual))
    fail(message, `expected ${show(actual)} not to match ${pattern}`);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
