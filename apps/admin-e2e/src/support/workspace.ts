import { join, resolve } from 'node:path';

/** Tests run from anywhere; the product and its outputs live relative to the workspace root. */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export const fromRoot = (...parts: string[]) => join(WORKSPACE_ROOT, ...parts);
