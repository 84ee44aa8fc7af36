// A bounded in-process LRU map for values that are pure functions of their key (or carry their own
// version check): nothing here needs cross-process invalidation. Map iteration order is insertion
// order, so re-inserting on a hit keeps the most recently used entries and the oldest go first.
export class Lru<K, V> {
  readonly #map = new Map<K, V>();
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  get size(): number {
    return this.#map.size;
  }

  get(key: K): V | undefined {
    const v = this.#map.get(key);
    if (v === undefined) return undefined;
    this.#map.delete(key);
    this.#map.set(key, v);
    return v;
  }

  set(key: K, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#max) this.#map.delete(this.#map.keys().next().value as K);
  }

  delete(key: K): void {
    this.#map.delete(key);
  }

  clear(): void {
    this.#map.clear();
  }
}

/** Memoise a pure string → T function in a bounded LRU. */
export function memoString<T>(max: number, fn: (s: string) => T): (s: string) => T {
  const lru = new Lru<string, T>(max);
  return (s) => {
    let v = lru.get(s);
    if (v === undefined) {
      v = fn(s);
      lru.set(s, v);
    }
    return v;
  };
}
