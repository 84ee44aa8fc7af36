// Time-sortable ids: milliseconds × 65536 + sequence, as decimal strings.
// From 2002 until the year 2445 they are exactly 18 digits, so string order equals time order
// (clients compare ids by length then lexically; the database compares TEXT lexically).
let lastMs = 0;
let seq = 0;

export function newId(at: number = Date.now()): string {
  if (at === lastMs) {
    seq = (seq + 1) & 0xffff;
    if (seq === 0) {
      // 65,536 ids in one millisecond: borrow the next millisecond
      lastMs = at + 1;
      return idFromParts(lastMs, 0);
    }
  } else if (at > lastMs) {
    lastMs = at;
    seq = 0;
  } else {
    // clock went backwards or an old timestamp was requested (seeding): keep ids unique by random low bits
    return idFromParts(at, Math.floor(Math.random() * 0x10000));
  }
  return idFromParts(lastMs, seq);
}

export function idFromParts(ms: number, low: number): string {
  return (BigInt(ms) * 65536n + BigInt(low)).toString().padStart(18, "0");
}

/** Smallest id at a given time: used to turn a date into an id bound. */
export function idAtTime(ms: number): string {
  return idFromParts(ms, 0);
}

export function timeOfId(id: string): number {
  return Number(BigInt(id) / 65536n);
}

export function isId(value: unknown): value is string {
  return typeof value === "string" && /^\d{1,20}$/.test(value);
}
