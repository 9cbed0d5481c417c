/** Responsive image widths: never upscale, always include the original (capped) width. */
export const responsiveWidths = (originalWidth: number, wanted: readonly number[]): number[] => {
  const widths = wanted.filter((width) => width < originalWidth);
  const largest = Math.min(originalWidth, Math.max(...wanted));
  return [...new Set([...widths, largest])].sort((a, b) => a - b);
};
