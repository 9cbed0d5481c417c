/** Lookup key of one locale of one document (store entries, the sync index). */
export const keyOf = (locale: string, documentId: string): string => `${locale}:${documentId}`;

/** The locale part of a key made by keyOf. */
export const localeOfKey = (key: string): string => key.slice(0, key.indexOf(':'));

/** The documentId part of a key made by keyOf. */
export const documentIdOfKey = (key: string): string => key.slice(key.indexOf(':') + 1);
