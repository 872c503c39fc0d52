/**
 * Cluster counts without glyphs (the style has no font server offline): ten digit images, added
 * up front, and one symbol layer per digit position that picks its digit from point_count and
 * shifts it by its place in the number. It stays in the WebGL canvas, so the PNG export has it.
 * (Images made on demand through 'styleimagemissing' reached only part of the tiles.)
 */
import type { ExpressionSpecification, Map as MapLibreMap, SymbolLayerSpecification } from './maplibre.js';

export const DIGIT_IMAGE_PREFIX = 'rp-cijfer-';
/** Positions drawn: units to thousands (no layer holds 10.000 points). */
export const DIGIT_POSITIONS = 4;
const RATIO = 2;
const FONT_PX = 12;
/** Advance per digit in CSS pixels (bold 12 px digits are about 7 px wide). */
const ADVANCE = 7;

/** Adds the digit images once per map. */
export function addDigitImages(map: MapLibreMap): void {
  for (let digit = 0; digit <= 9; digit++) {
    const id = `${DIGIT_IMAGE_PREFIX}${digit}`;
    if (map.hasImage(id)) continue;
    const image = drawDigit(String(digit));
    if (image) map.addImage(id, image, { pixelRatio: RATIO });
  }
}

/** The symbol layer for one digit position (0 = units) of the clusters of `source`. */
export function digitLayer(id: string, source: string, position: number): SymbolLayerSpecification {
  const count: ExpressionSpecification = ['get', 'point_count'];
  const digit: ExpressionSpecification = ['%', ['floor', ['/', count, 10 ** position]], 10];
  // Centre the number: with d digits, position p sits (d - 1) / 2 - p advances right of the middle.
  const offset = (digits: number): ExpressionSpecification => ['literal', [ADVANCE * ((digits - 1) / 2 - position), 0]];
  return {
    id,
    type: 'symbol',
    source,
    filter: ['all', ['has', 'point_count'], ['>=', count, 10 ** position]],
    layout: {
      'icon-image': ['concat', DIGIT_IMAGE_PREFIX, ['to-string', digit]],
      'icon-offset': [
        'case',
        ['>=', count, 1000],
        offset(4),
        ['>=', count, 100],
        offset(3),
        ['>=', count, 10],
        offset(2),
        offset(1),
      ],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  };
}

function drawDigit(text: string): ImageData | null {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return null;
  canvas.width = (ADVANCE + 2) * RATIO;
  canvas.height = (FONT_PX + 4) * RATIO;
  context.font = `bold ${FONT_PX * RATIO}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillStyle = '#1a1a1a';
  context.fillText(text, canvas.width / 2, canvas.height / 2);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
