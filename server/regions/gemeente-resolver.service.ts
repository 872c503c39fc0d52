/**
 * Maps a place name as written in a source or delivery to a CBS gemeente code, using the CBS
 * names in the region table (newest division year) and the explicit alias table in
 * seeds/gemeente_aliases.csv ("Den Haag" → "'s-Gravenhage"). Rules, in order:
 *   1. a code: "GM0106", "0106" or "106";
 *   2. the CBS name itself (case, accents and spacing ignored);
 *   3. an alias from the table;
 *   4. the CBS name without its province suffix ("Middelburg" → "Middelburg (Z.)"), only when
 *      exactly one gemeente has that base name.
 * Anything else is unresolved (null) and must be reported by the caller, never guessed.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows } from '../common/sql.js';
import { readSeedCsv } from '../tables/seed-csv.js';

export interface Gemeente {
  code: string;
  name: string;
}

export class GemeenteResolver {
  private readonly byName = new Map<string, Gemeente>();
  private readonly byBaseName = new Map<string, Gemeente[]>();
  private readonly byCode = new Map<string, Gemeente>();
  private readonly aliases = new Map<string, string>();

  constructor(gemeenten: Gemeente[], aliases: { alias: string; cbsName: string }[] = []) {
    for (const g of gemeenten) {
      this.byCode.set(g.code, g);
      this.byName.set(normalisePlace(g.name), g);
      const base = normalisePlace(g.name.replace(/\s*\([^)]*\)\s*$/, ''));
      this.byBaseName.set(base, [...(this.byBaseName.get(base) ?? []), g]);
    }
    for (const a of aliases) this.aliases.set(normalisePlace(a.alias), normalisePlace(a.cbsName));
  }

  get size(): number {
    return this.byCode.size;
  }

  resolve(text: string | null | undefined): Gemeente | null {
    const raw = (text ?? '').trim();
    if (raw === '') return null;
    const code = /^(?:GM)?(\d{1,4})$/i.exec(raw);
    if (code) return this.byCode.get(`GM${code[1]!.padStart(4, '0')}`) ?? null;
    const key = normalisePlace(raw);
    const direct = this.byName.get(key) ?? this.byName.get(this.aliases.get(key) ?? '');
    if (direct) return direct;
    const candidates = this.byBaseName.get(key) ?? [];
    return candidates.length === 1 ? candidates[0]! : null;
  }
}

export function normalisePlace(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The gemeenten of the newest division year, with the project's alias table. */
export async function loadGemeenteResolver(db: Queryable, aliasFile?: string): Promise<GemeenteResolver> {
  const gemeenten = await queryRows<Gemeente>(
    db,
    `SELECT code, name FROM region WHERE kind = 'gemeente' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente')`,
  );
  const aliases = aliasFile
    ? readSeedCsv(aliasFile, ['alias', 'cbs_naam']).map((r) => ({
        alias: r.values.alias!,
        cbsName: r.values.cbs_naam!,
      }))
    : [];
  return new GemeenteResolver(gemeenten, aliases);
}
