import { Injectable, PendingTasks, inject } from '@angular/core';
import { PERMISSIONS } from '@ledger/shared-domain';

import type { Role } from '../../core/auth/user';
import { TokenStore } from '../../core/auth/token-store';
import { GraphqlError, NETWORK_ERROR } from '../../core/graphql/graphql-error';

export type SpreadsheetFormat = 'csv' | 'xlsx';

/** A register the API hands out as a spreadsheet, where, and who may have it (as the API's routes allow). */
export interface RegisterExport {
  path: string;
  /** As a sentence names it: "Download the establishment". */
  title: string;
  readers: readonly Role[];
}

/** Every register download (the API's exports routes: libs/*\/api/src/lib/exports, the workforce spreadsheets controller). */
export const REGISTER_EXPORTS = {
  establishment: { path: '/api/workforce/exports/establishment', title: 'the establishment', readers: PERMISSIONS.readWorkforce },
  'skills-matrix': { path: '/api/workforce/exports/skills-matrix', title: 'the skills matrix', readers: PERMISSIONS.readWorkforce },
  'training-register': {
    path: '/api/workforce/exports/training-register',
    title: 'the training register',
    readers: PERMISSIONS.readWorkforce,
  },
  'gateway-log': { path: '/api/gateway/exports/gateway-log', title: 'the gateway log', readers: PERMISSIONS.readGateway },
  'lessons-log': { path: '/api/lessons/exports/lessons-log', title: 'the lessons log', readers: PERMISSIONS.readLessons },
  'risk-register': { path: '/api/risks/exports/risk-register', title: 'the risk register', readers: PERMISSIONS.readRisks },
  'contracts-register': {
    path: '/api/contracts/exports/contracts-register',
    title: 'the contracts register',
    readers: PERMISSIONS.readContracts,
  },
} as const satisfies Record<string, RegisterExport>;

export type RegisterExportName = keyof typeof REGISTER_EXPORTS;

/** The FOI answers on social value (libs/strategy/pack/src/lib/social-value-foi.ts), for the contract readers. */
export const SOCIAL_VALUE_FOI_PATH = '/api/contracts/social-value-foi';

/** The spreadsheets HR imports (POST /api/workforce/imports/{kind}), and the contracts register (POST /api/contracts/imports/contracts-register). */
export type ImportKind = 'skills-matrix' | 'training-records' | 'contracts-register';

/** Where each import is sent (the API's spreadsheets controllers). */
export const IMPORT_PATHS: Record<ImportKind, string> = {
  'skills-matrix': '/api/workforce/imports/skills-matrix',
  'training-records': '/api/workforce/imports/training-records',
  'contracts-register': '/api/contracts/imports/contracts-register',
};

/** One refused row: `line` counts the header as line 1, as a spreadsheet program shows it. */
export interface RefusedRow {
  line: number;
  code: string;
  message: string;
  /** The column at fault, where the import names one (the contracts register's does). */
  column?: string;
}

/** What one row does, or would do on a check (the contracts register's import says so row by row). */
export interface ImportedRow {
  line: number;
  outcome: 'created' | 'updated' | 'unchanged' | 'error';
  changes: string[];
}

/** What the API answers to an import (libs/shared/api/src/lib/spreadsheet/imports.ts, and the importers beside it). */
export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  rowsRead: number;
  applied: number;
  alreadyApplied: number;
  errors: RefusedRow[];
  /** Every row with what it does, where the import says so (the contracts register's). */
  rows?: ImportedRow[];
}

/**
 * Spreadsheets over the API's plain HTTP routes, with the signed-in user's token (as GraphqlClient
 * sends it). Failures surface as {@link GraphqlError}, the app's one error shape, in words for the page.
 */
@Injectable({ providedIn: 'root' })
export class SpreadsheetFiles {
  private readonly tokens = inject(TokenStore);
  private readonly pendingTasks = inject(PendingTasks);

  /** Fetches the register (live, or as at `asOf`) and hands it to the browser as a downloaded file. */
  async download(register: RegisterExportName, format: SpreadsheetFormat, asOf: string | null): Promise<string> {
    const query = new URLSearchParams({ format });
    if (asOf) {
      query.set('asOf', asOf);
    }
    return this.save(`${REGISTER_EXPORTS[register].path}?${query}`, `${register}.${format}`);
  }

  /**
   * The answers to the FOI request on social value for the contracts awarded in `year`, as the
   * record stood at `asOf` (null: now); CSV holds the answers sheet only (the API's
   * GET /api/contracts/social-value-foi, libs/strategy/pack).
   */
  downloadSocialValueFoi(year: number, format: SpreadsheetFormat, asOf: string | null): Promise<string> {
    const query = new URLSearchParams({ year: String(year), format });
    if (asOf) {
      query.set('asOf', asOf);
    }
    return this.save(`${SOCIAL_VALUE_FOI_PATH}?${query}`, `social-value-foi-${year}.${format}`);
  }

  /** Fetches a file and hands it to the browser as a download, named as the API names it. */
  private async save(url: string, fallbackName: string): Promise<string> {
    const response = await this.send(url, { method: 'GET' });
    if (!response.ok) {
      throw await refusal(response);
    }
    const fileName = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
    saveFile(await response.blob(), fileName);
    return fileName;
  }

  /** Sends the file to be checked (`dryRun`: nothing is written) or imported; refused rows come back in the report. */
  async upload(kind: ImportKind, file: File, dryRun: boolean): Promise<ImportReport> {
    const body = new FormData();
    body.append('file', file, file.name);
    const response = await this.send(`${IMPORT_PATHS[kind]}?dryRun=${dryRun}`, { method: 'POST', body });
    // 422 with a report: rows were refused at import time and nothing was written.
    if (response.ok || response.status === 422) {
      const report = (await response.json().catch(() => null)) as ImportReport | null;
      if (report && Array.isArray(report.errors)) {
        return report;
      }
    }
    throw await refusal(response);
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const headers: Record<string, string> = {};
    const token = this.tokens.token();
    if (token) {
      headers['Authorization'] = `Bearer ${token}`;
    }
    const done = this.pendingTasks.add();
    try {
      return await fetch(url, { ...init, headers });
    } catch {
      throw new GraphqlError(NETWORK_ERROR, 'The server could not be reached. Check your connection and try again.');
    } finally {
      done();
    }
  }
}

/** The API's `{ error: { code, message } }`, or words for a status that came without one. */
async function refusal(response: Response): Promise<GraphqlError> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const code = body?.error?.code ?? `HTTP_${response.status}`;
  switch (response.status) {
    case 401:
      return new GraphqlError(code, 'Your session has ended. Sign in again, then try once more.');
    case 403:
      return new GraphqlError(code, 'Your role does not allow this. Ask an administrator if you need it.');
    case 413:
      return new GraphqlError(code, 'The file is too large (at most 5 MB). Split it into smaller files.');
  }
  return new GraphqlError(code, body?.error?.message ?? `The server could not do this (HTTP ${response.status}). Try again later.`);
}

function fileNameOf(disposition: string | null): string | null {
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? null;
}

/** The browser's own download: a temporary link to the file, clicked once. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started; a later tick frees the file.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
