/** The site's interface words, by locale, and the one helper that fills in `{placeholders}`. */
import type { Locale } from './locales';
import { ar } from './strings/ar';
import { en, type UiStrings } from './strings/en';
import { fa } from './strings/fa';
import { ro } from './strings/ro';
import { sq } from './strings/sq';

export * from './locales';
export type { UiStrings } from './strings/en';

const STRINGS: Record<Locale, UiStrings> = { en, sq, ar, fa, ro };

/** Every interface word in one language. */
export const uiStrings = (locale: Locale): UiStrings => STRINGS[locale];

/** Replaces `{name}` in a string with `values.name`; unknown names are left visible so they get noticed. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
