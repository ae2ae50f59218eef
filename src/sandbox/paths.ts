import type { Params } from './params.js';
import { validationError } from './errors.js';

const PATH_PATTERN = /^\/([\x21-\x7e]*\/)?$/;
const MAX_PATH_LENGTH = 512;

/** An IAM path: `/` or `/division/team/`; `/` when left out. */
export function optionalPath(params: Params, field = 'Path'): string {
  const path = params.optional(field) ?? '/';
  if (!PATH_PATTERN.test(path) || path.length > MAX_PATH_LENGTH) {
    throw validationError(
      `1 validation error detected: Value '${path}' at 'path' failed to ` +
        'satisfy constraint: Member must satisfy regular expression ' +
        'pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)',
    );
  }
  return path;
}
