/**
 * A small least-recently-used map with a cap on entries and, optionally, on
 * the summed size of the values (image bytes kept for evidence).
 */
export class Lru<K, V> {
  private map = new Map<K, V>();
  private total = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly sizeOf: (v: V) => number = () => 0,
    private readonly maxSize = Infinity,
  ) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  set(key: K, value: V): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.total -= this.sizeOf(old);
      this.map.delete(key);
    }
    const size = this.sizeOf(value);
    if (size > this.maxSize) return;
    this.map.set(key, value);
    this.total += size;
    while (this.map.size > this.maxEntries || this.total > this.maxSize) {
      const first = this.map.keys().next();
      if (first.done) break;
      this.total -= this.sizeOf(this.map.get(first.value)!);
      this.map.delete(first.value);
    }
  }

  delete(key: K): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.total -= this.sizeOf(old);
    this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }
}
