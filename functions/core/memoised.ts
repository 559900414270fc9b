/**
 * A pure function of a value that repeats (a date, a job title), computed once per distinct value.
 * Past `limit` values it forgets them all, so a module-level memo cannot grow without bound.
 */
export function memoised<K, V>(compute: (key: K) => V, limit = 100_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
