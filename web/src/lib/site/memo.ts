/**
 * One value per key, made on first use. For Intl formatters: creating one costs about a
 * millisecond, and a build formats tens of thousands of dates, sizes and lists.
 */
export const memoByKey = <K, V>(make: (key: K) => V): ((key: K) => V) => {
  const made = new Map<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key);
    made.set(key, value);
    return value;
  };
};
