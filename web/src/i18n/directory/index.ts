/** The directory's interface words by locale. */
import type { Locale } from '../locales';
import { ar } from './ar';
import { en, type DirectoryStrings } from './en';
import { fa } from './fa';
import { ro } from './ro';
import { sq } from './sq';

export type { DirectoryStrings } from './en';
const STRINGS: Record<Locale, DirectoryStrings> = { en, sq, ar, fa, ro };
export const directoryStrings = (locale: Locale): DirectoryStrings => STRINGS[locale];
