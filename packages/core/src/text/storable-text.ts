/**
 * PostgreSQL text cannot hold NUL, and an unpaired UTF-16 surrogate has no UTF-8 form (it would be
 * stored as U+FFFD, silently changing what was typed). Both are refused as input, field by field.
 */
export const UnstorableReasons = {
  nul: 'nul',
  lone_surrogate: 'lone_surrogate',
} as const;
export type UnstorableReason = (typeof UnstorableReasons)[keyof typeof UnstorableReasons];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unstorableTextReason(value: string): UnstorableReason | null {
  if (value.includes('\u0000')) return UnstorableReasons.nul;
  if (LONE_SURROGATE.test(value)) return UnstorableReasons.lone_surrogate;
  return null;
}

export function unstorableTextMessage(reason: UnstorableReason): string {
  switch (reason) {
    case 'nul':
      return 'Contains a NUL character, which cannot be stored. Remove it and try again.';
    case 'lone_surrogate':
      return 'Contains a broken character (an unpaired UTF-16 surrogate). Retype the text and try again.';
  }
}

export interface UnstorableField {
  path: string;
  reason: UnstorableReason;
}

/** Every string (and object key) in a parsed JSON value that cannot be stored, with its dotted path. */
export function findUnstorableText(value: unknown, limit = 20): UnstorableField[] {
  const found: UnstorableField[] = [];
  const visit = (v: unknown, path: string[]): void => {
    if (found.length >= limit) return;
    if (typeof v === 'string') {
      const reason = unstorableTextReason(v);
      if (reason) found.push({ path: path.join('.'), reason });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...path, String(i)]));
      return;
    }
    if (v && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        const keyReason = unstorableTextReason(key);
        if (keyReason) found.push({ path: [...path, '(key)'].join('.'), reason: keyReason });
        else visit(child, [...path, key]);
      }
    }
  };
  visit(value, []);
  return found;
}
