import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackLogo } from './pack-branding';

const dir = mkdtempSync(join(tmpdir(), 'pack-logo-'));
const file = (name: string, content: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24)]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe('the authority’s logo (LEDGER_AUTHORITY_LOGO)', () => {
  it('reads a PNG with its media type, base64 and sha256', () => {
    expect(loadPackLogo(file('logo.png', PNG))).toEqual({ mediaType: 'image/png', base64: PNG.toString('base64'), sha256: createHash('sha256').update(PNG).digest('hex') });
  });

  it('reads a plain SVG', () => {
    expect(loadPackLogo(file('logo.svg', SVG))).toMatchObject({ mediaType: 'image/svg+xml', base64: Buffer.from(SVG).toString('base64') });
  });

  it('refuses a missing file, another format or a file over 256 KB, saying why', () => {
    expect(() => loadPackLogo(join(dir, 'none.png'))).toThrow(/LEDGER_AUTHORITY_LOGO \(.*none\.png\) cannot be read/);
    expect(() => loadPackLogo(file('logo.gif', 'GIF89a'))).toThrow(/must be a PNG or an SVG file/);
    expect(() => loadPackLogo(file('big.png', Buffer.concat([PNG, Buffer.alloc(256 * 1024)])))).toThrow(/is 257 KB; a pack logo must be at most 256 KB/);
  });

  it('refuses an SVG that could run script or fetch anything', () => {
    for (const svg of [
      '<svg><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"></svg>',
      '<svg><image href="https://example.com/x.png"/></svg>',
      '<svg><foreignObject><p>x</p></foreignObject></svg>',
    ]) {
      expect(() => loadPackLogo(file('bad.svg', svg))).toThrow(/must be a plain SVG picture/);
    }
  });
});
