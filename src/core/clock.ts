// Time is injected so tests (scheduled statuses, expiries, strikes) can move it.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function iso(d: Date = new Date()): string {
  return d.toISOString();
}

export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}
