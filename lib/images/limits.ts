/** What the image pipeline accepts: one place for the numbers the README quotes. */
export const IMAGE_LIMITS = {
  /** Largest image file fetched or accepted as a data: URL. */
  maxBytes: 15 * 1024 * 1024,
  /** Largest image decoded (16 megapixels: a 4000×4000 poster). */
  maxPixels: 16_000_000,
  /** Smaller images (icons, emoji, avatars) are skipped: natural size on each side… */
  minNaturalSide: 60,
  /** …and size on screen, in CSS pixels. */
  minShownSide: 40,
  /** Images one page (frame) may send for analysis. */
  maxImagesPerPage: 150,
  /** Images analysed at once per page, and in the background overall. */
  concurrency: 2,
  /** Longest `src` sent (a data: URL of the largest image, base64). */
  maxSrcChars: Math.ceil((15 * 1024 * 1024 * 4) / 3) + 100,
  /** Side of the warning card's thumbnail. */
  thumbSide: 240,
} as const;
