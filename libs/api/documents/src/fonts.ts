import { createRequire } from 'node:module';

// DejaVu Sans comes from npm (its licence allows redistribution) so every machine draws the same glyphs, including
// „ “ – € § and letters beyond WinAnsi, and the PDF embeds a subset with a ToUnicode map, keeping its text extractable.
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;
