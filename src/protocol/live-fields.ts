/**
 * Small checks for the fields of a received live message. Each returns the value when it has the expected
 * shape and `undefined` otherwise, so a validator reads as one expression and never throws.
 */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function asInt(value: unknown, min: number, max: number): number | undefined {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : undefined;
}

export function asBool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function asText(value: unknown, maxLength: number, pattern?: RegExp): string | undefined {
  if (typeof value !== 'string' || value.length > maxLength) return undefined;
  return pattern && !pattern.test(value) ? undefined : value;
}

export function asOneOf<T extends string>(value: unknown, options: readonly T[]): T | undefined {
  return options.includes(value as T) ? (value as T) : undefined;
}
