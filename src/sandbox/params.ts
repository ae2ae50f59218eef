import { IamError, validationError } from './errors.js';

/** What AWS calls each kind of name, and the length it allows. */
const NAME_LIMITS = {
  userName: 64,
  groupName: 128,
  policyName: 128,
  virtualMFADeviceName: 226,
} as const;

const NAME_PATTERN = /^[\w+=,.@-]+$/;

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** AWS's wording for a field that breaks its model's constraint. */
export function constraintError(
  field: string,
  value: string | undefined,
  constraint: string,
): IamError {
  const shown = value === undefined ? 'null' : `'${value}'`;
  return validationError(
    `1 validation error detected: Value ${shown} at '${lowerFirst(field)}' ` +
      `failed to satisfy constraint: ${constraint}`,
  );
}

/** The length and pattern AWS's model gives a string field. */
export interface StringRule {
  min: number;
  max: number;
  /** A regular expression source, matched whole, in Unicode mode. */
  pattern: string;
}

/** Checks `value` against `rule`, failing as AWS's validation does. */
export function constrained(
  field: string,
  value: string | undefined,
  rule: StringRule,
): string {
  if (value === undefined) {
    throw constraintError(field, value, 'Member must not be null');
  }
  if (value.length < rule.min) {
    throw constraintError(
      field,
      value,
      `Member must have length greater than or equal to ${rule.min}`,
    );
  }
  if (value.length > rule.max) {
    throw constraintError(
      field,
      value,
      `Member must have length less than or equal to ${rule.max}`,
    );
  }
  if (!new RegExp(`^(?:${rule.pattern})$`, 'u').test(value)) {
    throw constraintError(
      field,
      value,
      `Member must satisfy regular expression pattern: ${rule.pattern}`,
    );
  }
  return value;
}

/** The form fields of one Query request, read the way AWS validates them. */
export class Params {
  constructor(private readonly fields: URLSearchParams) {}

  optional(field: string): string | undefined {
    return this.fields.get(field) ?? undefined;
  }

  required(field: string): string {
    const value = this.optional(field);
    if (value === undefined) {
      throw constraintError(field, value, 'Member must not be null');
    }
    return value;
  }

  /** A user, group or policy name: checked for length and pattern. */
  name(field: keyof typeof NAME_LIMITS | string): string {
    return this.checkName(field, this.required(field));
  }

  optionalName(field: string): string | undefined {
    const value = this.optional(field);
    return value === undefined ? undefined : this.checkName(field, value);
  }

  int(field: string, range: { min: number; max: number }): number | undefined {
    const raw = this.optional(field);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value)) {
      throw new IamError(
        'InvalidParameterValue',
        `Value (${raw}) for parameter ${field} is invalid. Expected an integer.`,
      );
    }
    if (value < range.min) {
      throw constraintError(
        field,
        raw,
        `Member must have value greater than or equal to ${range.min}`,
      );
    }
    if (value > range.max) {
      throw constraintError(
        field,
        raw,
        `Member must have value less than or equal to ${range.max}`,
      );
    }
    return value;
  }

  bool(field: string): boolean | undefined {
    const raw = this.optional(field);
    if (raw === undefined) return undefined;
    if (raw !== 'true' && raw !== 'false') {
      throw new IamError(
        'InvalidParameterValue',
        `Value (${raw}) for parameter ${field} is invalid. Expected a boolean.`,
      );
    }
    return raw === 'true';
  }

  /** A Query list: `Field.member.1`, `Field.member.2`, ... */
  list(field: string): string[] {
    const values: string[] = [];
    for (let i = 1; ; i++) {
      const value = this.optional(`${field}.member.${i}`);
      if (value === undefined) return values;
      values.push(value);
    }
  }

  /** A Query list of structures: `Tags.member.1.Key`, `...1.Value`, ... */
  structList<K extends string>(
    field: string,
    keys: readonly K[],
  ): Record<K, string | undefined>[] {
    const items: Record<K, string | undefined>[] = [];
    for (let i = 1; ; i++) {
      const prefix = `${field}.member.${i}.`;
      const entries = keys.map((key) => [key, this.optional(prefix + key)]);
      if (entries.every(([, value]) => value === undefined)) return items;
      items.push(Object.fromEntries(entries) as Record<K, string | undefined>);
    }
  }

  private checkName(field: string, value: string): string {
    const max = NAME_LIMITS[lowerFirst(field) as keyof typeof NAME_LIMITS];
    if (value.length < 1) {
      throw constraintError(
        field,
        value,
        'Member must have length greater than or equal to 1',
      );
    }
    if (max !== undefined && value.length > max) {
      throw constraintError(
        field,
        value,
        `Member must have length less than or equal to ${max}`,
      );
    }
    if (!NAME_PATTERN.test(value)) {
      throw constraintError(
        field,
        value,
        'Member must satisfy regular expression pattern: [\\w+=,.@-]+',
      );
    }
    return value;
  }
}
