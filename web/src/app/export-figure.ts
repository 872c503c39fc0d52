/**
 * The map as a complete figure (PNG): title, peildatum, the map, its legend, the dataset mark
 * ("fictieve voorbeelddata" on demo data, large and on the map itself), sources and attribution.
 * The same lines are drawn on the image and written into its PNG text chunks (Title, Description,
 * Source, Copyright, Comment), so what the image says can be read back by software too.
 */
export interface FigureContent {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: { color: string | null; text: string }[];
  /** "Gepubliceerde cijfers" or "fictieve voorbeelddata". */
  datasetMark: string;
  demo: boolean;
  sources: string[];
  attribution: string;
}

const PAD = 24;
const LEGEND_WIDTH = 300;
const FONT = 'Verdana, "Segoe UI", Arial, sans-serif';
const BLUE = '#154273';

/** Draws the figure onto a new canvas; the map canvas is copied as it is (preserveDrawingBuffer). */
export function composeFigure(map: HTMLCanvasElement, content: FigureContent, scale = 1): HTMLCanvasElement {
  const mapW = map.width / scale;
  const mapH = map.height / scale;
  const sourceLines = content.sources.length > 0 ? content.sources : ['geen bron (geen cijfers getoond)'];
  const footH = 28 + 18 * (sourceLines.length + 1);
  const width = mapW + LEGEND_WIDTH + 3 * PAD;
  const height = 86 + Math.max(mapH, 60 + 26 * (content.legend.length + 1)) + footH + PAD;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  drawTitle(ctx, content, width);
  ctx.drawImage(map, PAD, 86, mapW, mapH);
  ctx.strokeStyle = '#dce3ea';
  ctx.strokeRect(PAD, 86, mapW, mapH);
  if (content.demo) drawDemoMark(ctx, PAD + 10, 96);
  drawLegend(ctx, content, mapW + 2 * PAD, 86);
  drawFooter(ctx, sourceLines, content.attribution, 86 + Math.max(mapH, 60 + 26 * (content.legend.length + 1)) + 16);
  return canvas;
}

function drawTitle(ctx: CanvasRenderingContext2D, content: FigureContent, width: number): void {
  ctx.fillStyle = BLUE;
  ctx.fillRect(0, 0, width, 6);
  ctx.font = `bold 22px ${FONT}`;
  ctx.fillText(content.title, PAD, 40);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `15px ${FONT}`;
  ctx.fillText(`${content.subtitle} — ${content.datasetMark}`, PAD, 66);
}

function drawDemoMark(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.font = `bold 18px ${FONT}`;
  const w = ctx.measureText('fictieve voorbeelddata').width + 20;
  ctx.fillStyle = '#fff3cd';
  ctx.fillRect(x, y, w, 32);
  ctx.strokeStyle = '#e17000';
  ctx.lineWidth = 2;
  ctx.strokeRect(x, y, w, 32);
  ctx.fillStyle = '#1a1a1a';
  ctx.fillText('fictieve voorbeelddata', x + 10, y + 22);
}

function drawLegend(ctx: CanvasRenderingContext2D, content: FigureContent, x: number, y: number): void {
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `bold 15px ${FONT}`;
  ctx.fillText(content.legendTitle, x, y + 18);
  ctx.font = `14px ${FONT}`;
  content.legend.forEach((entry, i) => {
    const top = y + 36 + 26 * i;
    if (entry.color) {
      ctx.fillStyle = entry.color;
      ctx.fillRect(x, top, 26, 18);
    } else {
      drawHatch(ctx, x, top);
    }
    ctx.strokeStyle = '#666666';
    ctx.lineWidth = 1;
    ctx.strokeRect(x, top, 26, 18);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(entry.text, x + 36, top + 14);
  });
}

function drawHatch(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.fillStyle = '#dedede';
  ctx.fillRect(x, y, 26, 18);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, 26, 18);
  ctx.clip();
  ctx.strokeStyle = '#6e6e6e';
  ctx.lineWidth = 2;
  for (let d = -18; d < 26; d += 6) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + 18);
    ctx.lineTo(x + d + 18, y);
    ctx.stroke();
  }
  ctx.restore();
}

function drawFooter(ctx: CanvasRenderingContext2D, sources: string[], attribution: string, y: number): void {
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `bold 13px ${FONT}`;
  ctx.fillText('Bronnen', PAD, y + 14);
  ctx.font = `12px ${FONT}`;
  sources.forEach((s, i) => ctx.fillText(s, PAD, y + 32 + 18 * i));
  ctx.fillStyle = '#595959';
  ctx.fillText(attribution, PAD, y + 32 + 18 * sources.length);
}

/** The figure's texts as PNG text chunks (keywords from the PNG specification). */
export function figureMetadata(content: FigureContent): [string, string][] {
  return [
    ['Title', `${content.title} (${content.subtitle})`],
    ['Description', [content.legendTitle, ...content.legend.map((l) => l.text)].join('\n')],
    ['Source', content.sources.join('\n')],
    ['Copyright', content.attribution],
    ['Comment', content.datasetMark],
  ];
}

/** Adds tEXt chunks before IEND (Latin-1 per the specification; other characters become '?'). */
export async function withTextChunks(png: Blob, texts: [string, string][]): Promise<Blob> {
  const bytes = new Uint8Array(await png.arrayBuffer()) as Uint8Array<ArrayBuffer>;
  const iend = bytes.length - 12;
  const chunks = texts.map(([key, value]) => textChunk(key, value));
  return new Blob([bytes.slice(0, iend), ...chunks, bytes.slice(iend)], { type: 'image/png' });
}

function textChunk(keyword: string, text: string): Uint8Array<ArrayBuffer> {
  const data = latin1(`${keyword}\0${text}`);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(latin1('tEXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

function latin1(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
