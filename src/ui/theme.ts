import type { Severity } from '../model/types.js';

/**
 * Colours. Each one is paired with a text label wherever it is used, so
 * the screen reads the same with NO_COLOR or on a monochrome terminal.
 */
export const SEVERITY_COLOR: Record<Severity, string> = {
  high: 'red',
  medium: 'yellow',
  low: 'cyan',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
};

export const COLOR = {
  accent: 'cyan',
  muted: 'gray',
  good: 'green',
  bad: 'red',
  warn: 'yellow',
} as const;
