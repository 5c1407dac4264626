// Memoisation for the pure engine: a result is kept under the objects it was computed from (a
// claim, a lexicon, resources; weakly, so it goes with them) plus a string of the plain values
// it also read. The comparison reads each claim in several passes; this reads it once.

const NONE = {};

export class ObjectMemo<V> {
  private readonly root = new WeakMap<object, unknown>();

  /** The value stored under path + key, made (and stored) on first use. */
  get(path: ReadonlyArray<object | undefined>, key: string, make: () => V): V {
    let level = this.root;
    for (let i = 0; i < path.length - 1; i++) {
      const o = path[i] ?? NONE;
      let next = level.get(o) as WeakMap<object, unknown> | undefined;
      if (!next) level.set(o, (next = new WeakMap()));
      level = next;
    }
    const last = path[path.length - 1] ?? NONE;
    let values = level.get(last) as Map<string, V> | undefined;
    if (!values) level.set(last, (values = new Map()));
    if (values.has(key)) return values.get(key)!;
    const value = make();
    values.set(key, value);
    return value;
  }
}
