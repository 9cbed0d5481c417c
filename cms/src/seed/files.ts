/** The generated files the content refers to, described for the media library. */
import { IMAGES, type ImageKey } from './content/images';
import { ORGANISATION_NAME } from './content/organisation';
import type { FileLanguage } from './content/types';
import type { SeedContext } from './context';
import { createAbstractJpeg } from './generate/image';
import { createGuidePdf } from './generate/pdf';
import type { GeneratedFile } from './media';

/** Latin names for PDF title pages (the standard PDF fonts cannot draw the others). */
export const LANGUAGE_NAMES_LATIN: Record<FileLanguage, string> = {
  en: 'English',
  sq: 'Albanian',
  ar: 'Arabic',
  fa: 'Farsi',
  ro: 'Romanian',
};

/** Each language's own name, the label visitors see beside a download. */
export const LANGUAGE_NAMES_NATIVE: Record<FileLanguage, string> = {
  en: 'English',
  sq: 'Shqip',
  ar: 'العربية',
  fa: 'فارسی',
  ro: 'Română',
};

export const imageFile = (key: ImageKey): GeneratedFile => {
  const image = IMAGES[key];
  return {
    key: `image:${key}`,
    name: image.name,
    mime: 'image/jpeg',
    alternativeText: image.alternativeText,
    generate: () => createAbstractJpeg(image),
  };
};

export const guidePdfFile = (
  resourceSlug: string,
  englishTitle: string,
  language: FileLanguage,
): GeneratedFile => ({
  key: `pdf:${resourceSlug}:${language}`,
  name: `${resourceSlug}-${language}.pdf`,
  mime: 'application/pdf',
  caption: `${englishTitle} (${LANGUAGE_NAMES_LATIN[language]})`,
  generate: () =>
    createGuidePdf({
      title: englishTitle,
      editionLabel: `${LANGUAGE_NAMES_LATIN[language]} edition`,
      language,
      organisation: ORGANISATION_NAME,
    }),
});

/** The `shared.image` component for an image and its alt text, or nothing if the image is gone. */
export const imageComponent = async (
  ctx: SeedContext,
  key: ImageKey,
  alt: string,
): Promise<{ image: number; alt: string } | undefined> => {
  const id = await ctx.media.fileId(imageFile(key));
  return id === undefined ? undefined : { image: id, alt };
};
