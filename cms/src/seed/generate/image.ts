/**
 * Calm abstract cover images for demo content, drawn as SVG and rasterised to JPEG with sharp
 * (already used by Strapi's upload plugin). Deterministic: the same design and seed always
 * give the same picture. No photographs of people: the tribute portrait is abstract too.
 */
import sharp from 'sharp';

export const BRAND = {
  teal: '#0b5563',
  yellow: '#f2c14e',
  coral: '#e76f51',
  cream: '#fdf6ec',
  lightTeal: '#5f9ea7',
} as const;

export type ImageDesign = 'waves' | 'circles' | 'hills' | 'links' | 'paths' | 'sunrise' | 'bloom';

export type AbstractImage = {
  design: ImageDesign;
  seed: number;
  width?: number;
  height?: number;
};

/** Small seeded random number generator (mulberry32), so images do not change between runs. */
const randomFrom = (seed: number) => {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

type Canvas = { width: number; height: number; random: () => number };
const round = (n: number): number => Math.round(n * 10) / 10;
const ACCENTS = [BRAND.teal, BRAND.yellow, BRAND.coral, BRAND.lightTeal] as const;
const pick = (random: () => number): string => ACCENTS[Math.floor(random() * ACCENTS.length)] ?? BRAND.teal;

const waves = ({ width, height, random }: Canvas): string =>
  [BRAND.lightTeal, BRAND.yellow, BRAND.coral, BRAND.teal]
    .map((colour, i) => {
      const base = height * (0.35 + i * 0.17);
      const amp = height * (0.05 + random() * 0.06);
      const d = `M0 ${round(base)} C ${round(width * 0.3)} ${round(base - amp)}, ${round(width * 0.6)} ${round(
        base + amp,
      )}, ${width} ${round(base - amp / 2)} L ${width} ${height} L 0 ${height} Z`;
      return `<path d="${d}" fill="${colour}" opacity="0.85"/>`;
    })
    .join('');

const circles = ({ width, height, random }: Canvas): string =>
  Array.from({ length: 9 }, () => {
    const r = height * (0.08 + random() * 0.22);
    return `<circle cx="${round(random() * width)}" cy="${round(random() * height)}" r="${round(r)}" fill="${pick(
      random,
    )}" opacity="${round(0.45 + random() * 0.4)}"/>`;
  }).join('');

const hills = ({ width, height, random }: Canvas): string =>
  [
    `<circle cx="${round(width * (0.6 + random() * 0.25))}" cy="${round(height * 0.3)}" r="${round(
      height * 0.14,
    )}" fill="${BRAND.yellow}"/>`,
    ...[BRAND.lightTeal, BRAND.coral, BRAND.teal].map((colour, i) => {
      const cx = width * (0.15 + i * 0.35 + random() * 0.1);
      return `<ellipse cx="${round(cx)}" cy="${height}" rx="${round(width * 0.45)}" ry="${round(
        height * (0.55 - i * 0.1),
      )}" fill="${colour}" opacity="0.9"/>`;
    }),
  ].join('');

// Two rows of soft, open rings, loosely linked: a hopeful take on "breaking the chains".
const links = ({ width, height, random }: Canvas): string =>
  Array.from({ length: 7 }, (_, i) => {
    const cx = width * (0.12 + i * 0.13);
    const cy = height * (0.5 + (i % 2 === 0 ? -0.06 : 0.06)) + random() * 10;
    const broken = i === 4;
    const colour = i % 2 === 0 ? BRAND.teal : BRAND.coral;
    return `<ellipse cx="${round(cx)}" cy="${round(cy)}" rx="${round(width * 0.085)}" ry="${round(
      height * 0.16,
    )}" fill="none" stroke="${broken ? BRAND.yellow : colour}" stroke-width="${round(height * 0.035)}" ${
      broken ? `stroke-dasharray="${round(height * 0.3)} ${round(height * 0.12)}"` : ''
    } opacity="0.9"/>`;
  }).join('');

const paths = ({ width, height, random }: Canvas): string =>
  Array.from({ length: 5 }, (_, i) => {
    const y0 = height * (0.15 + i * 0.18);
    const d = `M -20 ${round(y0)} Q ${round(width * 0.5)} ${round(y0 + (random() - 0.5) * height * 0.5)} ${
      width + 20
    } ${round(y0 + (random() - 0.5) * height * 0.2)}`;
    return `<path d="${d}" fill="none" stroke="${pick(random)}" stroke-width="${round(
      height * (0.03 + random() * 0.03),
    )}" stroke-linecap="round" opacity="0.85"/>`;
  }).join('');

const sunrise = ({ width, height, random }: Canvas): string =>
  [BRAND.yellow, BRAND.coral, BRAND.lightTeal, BRAND.teal]
    .map((colour, i) => {
      const r = height * (0.75 - i * 0.17);
      return `<circle cx="${round(width * (0.5 + (random() - 0.5) * 0.1))}" cy="${height}" r="${round(
        r,
      )}" fill="${colour}" opacity="${0.55 + i * 0.12}"/>`;
    })
    .join('');

// Overlapping petals around a centre: used for the tribute's abstract portrait.
const bloom = ({ width, height, random }: Canvas): string => {
  const cx = width / 2;
  const cy = height / 2;
  const petals = Array.from({ length: 8 }, (_, i) => {
    const angle = (i * 360) / 8 + random() * 8;
    return `<ellipse cx="${round(cx)}" cy="${round(cy - height * 0.18)}" rx="${round(width * 0.09)}" ry="${round(
      height * 0.2,
    )}" fill="${i % 2 === 0 ? BRAND.coral : BRAND.yellow}" opacity="0.7" transform="rotate(${round(
      angle,
    )} ${round(cx)} ${round(cy)})"/>`;
  });
  return [
    ...petals,
    `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(height * 0.09)}" fill="${BRAND.teal}"/>`,
  ].join('');
};

const DESIGNS: Record<ImageDesign, (canvas: Canvas) => string> = {
  waves,
  circles,
  hills,
  links,
  paths,
  sunrise,
  bloom,
};

export const abstractSvg = ({ design, seed, width = 1200, height = 675 }: AbstractImage): string => {
  const shapes = DESIGNS[design]({ width, height, random: randomFrom(seed) });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${BRAND.cream}"/>${shapes}</svg>`;
};

/** A JPEG of the design (about 1200×675 unless told otherwise). */
export const createAbstractJpeg = (image: AbstractImage): Promise<Buffer> =>
  sharp(Buffer.from(abstractSvg(image)))
    .jpeg({ quality: 85 })
    .toBuffer();
