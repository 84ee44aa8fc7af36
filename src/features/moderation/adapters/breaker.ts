// A small circuit breaker: after `failures` consecutive failures the adapter is skipped for `cooldownMs`;
// then one trial call is let through (half-open) — success closes the circuit, failure opens it again.
// Keeps a dead or slow model server from adding its timeout to every post.

export interface BreakerOptions {
  failures?: number;
  cooldownMs?: number;
  now?: () => number;
}

export type BreakerState = "closed" | "open" | "half-open";

export class CircuitBreaker {
  private readonly limit: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private consecutive = 0;
  private openedAt = 0;
  private open = false;
  private trialInFlight = false;

  constructor(opts: BreakerOptions = {}) {
    this.limit = opts.failures ?? 5;
    this.cooldownMs = opts.cooldownMs ?? 30_000;
    this.now = opts.now ?? Date.now;
  }

  get state(): BreakerState {
    if (!this.open) return "closed";
    return this.now() - this.openedAt >= this.cooldownMs ? "half-open" : "open";
  }

  /** May a call go out now? In half-open, only one trial at a time. */
  allow(): boolean {
    const s = this.state;
    if (s === "closed") return true;
    if (s === "open" || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  success(): void {
    this.consecutive = 0;
    this.open = false;
    this.trialInFlight = false;
  }

  failure(): void {
    this.trialInFlight = false;
    this.consecutive++;
    if (this.open || this.consecutive >= this.limit) {
      this.open = true;
      this.openedAt = this.now();
    }
  }
}
