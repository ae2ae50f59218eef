/**
 * The matching IAM does on Action, Resource and String/ArnLike values:
 * `*` is any run of characters, `?` is any one character, and
 * `${aws:username}`-style variables are replaced from the request context.
 */

/** Condition keys and their values, keyed in lower case. */
export type RequestContext = ReadonlyMap<string, readonly string[]>;

const compiled = new Map<string, RegExp>();
const MAX_CACHED = 2000;

function globRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`;
  const cached = compiled.get(cacheKey);
  if (cached) return cached;

  const source = pattern
    .split('')
    .map((char) => {
      if (char === '*') return '.*';
      if (char === '?') return '.';
      return char.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
    })
    .join('');
  const regExp = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');

  // Patterns come from a handful of documents; the cap only guards against
  // a caller that feeds it unbounded distinct patterns.
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(cacheKey, regExp);
  return regExp;
}

export function matchesGlob(
  pattern: string,
  value: string,
  options: { ignoreCase: boolean },
): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return options.ignoreCase
      ? pattern.toLowerCase() === value.toLowerCase()
      : pattern === value;
  }
  return globRegExp(pattern, options.ignoreCase).test(value);
}

const VARIABLE = /\$\{([^}]+)\}/g;

/**
 * Replaces policy variables. `${$}` stands for a literal `$`. A variable
 * the context lacks makes the whole value unusable, so IAM treats the
 * element as not matching: null is returned.
 *
 * LIMITATION: `${*}` and `${?}` (a literal `*` or `?`) and default values
 * (`${aws:username, 'x'}`) are not supported: such a value is treated as
 * naming a missing variable, so its element never matches.
 */
export function substituteVariables(
  value: string,
  context: RequestContext,
): string | null {
  if (!value.includes('${')) return value;

  let missing = false;
  const result = value.replace(VARIABLE, (_match, name: string) => {
    if (name === '$') return '$';
    const found = context.get(name.toLowerCase());
    if (found?.[0] === undefined) {
      missing = true;
      return '';
    }
    return found[0];
  });
  return missing ? null : result;
}
