import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { DynamicModule, Module } from '@nestjs/common';
import { PACK_LOGO_MAX_BYTES, PackLogo } from '@ledger/strategy-domain';

/**
 * The authority's name and logo as configured now (LEDGER_AUTHORITY_NAME, LEDGER_AUTHORITY_LOGO).
 * Only a pack being GENERATED reads them: they go onto the pack's event, and every rebuild takes
 * them from there (ADR 0029), so changing the configuration never changes a recorded pack.
 */
export interface PackBranding {
  authorityName: string;
  logo?: PackLogo;
}

export const PACK_BRANDING = Symbol('PACK_BRANDING');
/** LEDGER_AUTHORITY_NAME's default (libs/runtime config). */
export const DEFAULT_PACK_BRANDING: PackBranding = { authorityName: 'The contracting authority' };

@Module({})
export class PackBrandingModule {
  static forRoot(branding: PackBranding): DynamicModule {
    return { module: PackBrandingModule, global: true, providers: [{ provide: PACK_BRANDING, useValue: branding }], exports: [PACK_BRANDING] };
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Reads LEDGER_AUTHORITY_LOGO at start: a PNG or SVG file of at most 256 KB. Anything else is
 * refused with the reason, so a wrong path or file stops the start rather than a pack later.
 */
export function loadPackLogo(path: string): PackLogo {
  const where = `LEDGER_AUTHORITY_LOGO (${path})`;
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch (error) {
    throw new Error(`${where} cannot be read: ${(error as Error).message}`);
  }
  if (size > PACK_LOGO_MAX_BYTES) throw new Error(`${where} is ${Math.ceil(size / 1024)} KB; a pack logo must be at most ${PACK_LOGO_MAX_BYTES / 1024} KB`);
  const bytes = readFileSync(path);
  const extension = extname(path).toLowerCase();
  let mediaType: PackLogo['mediaType'];
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) mediaType = 'image/png';
  else if (extension === '.svg' && /<svg[\s>]/i.test(bytes.toString('utf8'))) mediaType = 'image/svg+xml';
  else throw new Error(`${where} must be a PNG or an SVG file (an .svg file with an <svg> element)`);
  // A logo is a picture: an SVG that could run script or fetch anything is refused, not cleaned.
  if (mediaType === 'image/svg+xml' && /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<!ENTITY|(?:href|src)\s*=\s*["'](?!#|data:image\/)/i.test(bytes.toString('utf8'))) {
    throw new Error(`${where} must be a plain SVG picture: no scripts, event handlers, foreign objects, entities or external references`);
  }
  return { mediaType, base64: bytes.toString('base64'), sha256: createHash('sha256').update(bytes).digest('hex') };
}
