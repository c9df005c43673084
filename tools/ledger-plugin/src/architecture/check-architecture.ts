import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';

/**
 * The house shape of a bounded context (docs/adr and /tmp conventions of issue 8), checked on the
 * file tree so a deviation fails `npm test` with a message that says what to move where:
 *
 *   libs/<ctx>/domain/src/index.ts, src/lib/*.ts         one file per aggregate (+ specs)
 *   libs/<ctx>/api/src/lib/<ctx>.module.ts                the Nest module
 *   libs/<ctx>/api/src/lib/{graphql,projections,read,write}/  (+ a few adapter folders)
 *
 * and that a type:domain library imports nothing but the domain kernel and other domain libraries.
 */

/** Folders under libs/ that have domain/ and api/ but are not bounded contexts. */
const NOT_CONTEXTS: Readonly<Record<string, string>> = {
  shared: 'the shared kernel (shared-domain) and the API plumbing every context uses (shared-api)',
};
/** Libraries that live in a context's folder but compose several contexts (ADR 0015): not part of its shape. */
const COMPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  strategy: ['pack'],
};
const API_FOLDERS = ['graphql', 'projections', 'read', 'write'] as const;
/** HTTP/CSV/auth adapters a context may add next to the four folders; keep this list short. */
const ADAPTER_FOLDERS = ['spreadsheets', 'exports', 'auth', 'mail', 'calendar', 'sso'] as const;
/** What may sit at a library's root besides src/. */
const CONFIG_FILE = /^(project\.json|tsconfig(\.[\w-]+)?\.json|jest\.config\.cjs|README\.md|eslint\.config\.mjs)$/;
const DOMAIN_KERNEL = '@ledger/domain-kernel';
/** Specs of a domain library may also use the kernel's test helpers (DeciderSpecification). */
const DOMAIN_SPEC_IMPORTS = ['@ledger/domain-kernel/testing'];

const isSpec = (file: string) => file.endsWith('.spec.ts');
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
const entries = (dir: string) => (isDir(dir) ? readdirSync(dir).sort() : []);
const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
const constant = (kebab: string) => kebab.replace(/-/g, '_').toUpperCase();
const listFolders = (folders: readonly string[]) => folders.map((f) => `${f}/`).join(', ');

function walk(dir: string): string[] {
  return entries(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return isDir(path) ? walk(path) : [path];
  });
}

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The bounded contexts: folders under libs/ with both domain/ and api/, less the shared kernel. */
export function contextsOf(root: string): string[] {
  const libs = join(root, 'libs');
  return entries(libs).filter((name) => !(name in NOT_CONTEXTS) && isDir(join(libs, name, 'domain')) && isDir(join(libs, name, 'api')));
}

/** Every place in the tree that breaks the house shape; empty when all is well. */
export function checkArchitecture(root: string): string[] {
  const problems: string[] = [];
  for (const context of contextsOf(root)) {
    problems.push(...checkContextFolder(root, context), ...checkDomainLayout(root, context), ...checkApi(root, context));
  }
  problems.push(...checkDomainImports(root));
  return problems;
}

function checkContextFolder(root: string, context: string): string[] {
  const allowed = ['domain', 'api', ...(COMPOSITIONS[context] ?? [])];
  return entries(join(root, 'libs', context))
    .filter((name) => !allowed.includes(name))
    .map((name) => `libs/${context}: unexpected ${isDir(join(root, 'libs', context, name)) ? 'folder' : 'file'} ${name}; a context has only domain/ and api/`);
}

function checkLibraryRoot(lib: string, dir: string): string[] {
  return entries(dir)
    .filter((name) => name !== 'src' && !CONFIG_FILE.test(name))
    .map((name) => `${lib}: unexpected ${isDir(join(dir, name)) ? 'folder' : 'file'} ${name}; a library has its config files and src/ only`);
}

function checkDomainLayout(root: string, context: string): string[] {
  const lib = `libs/${context}/domain`;
  const dir = join(root, lib);
  const problems = checkLibraryRoot(lib, dir);
  const expected = 'expected src/index.ts and one file per aggregate in src/lib/ (with its *.decider.spec.ts)';
  for (const name of entries(join(dir, 'src'))) {
    if (name !== 'index.ts' && name !== 'lib') problems.push(`${lib}: unexpected ${isDir(join(dir, 'src', name)) ? 'folder' : 'file'} src/${name}; ${expected}`);
  }
  if (!existsSync(join(dir, 'src', 'index.ts'))) problems.push(`${lib}: missing src/index.ts; ${expected}`);
  else problems.push(...checkExportsOnly(lib, join(dir, 'src', 'index.ts')));
  const files = entries(join(dir, 'src', 'lib'));
  for (const name of files) {
    if (isDir(join(dir, 'src', 'lib', name))) problems.push(`${lib}: unexpected folder src/lib/${name}; ${expected}`);
    else if (!name.endsWith('.ts')) problems.push(`${lib}: unexpected file src/lib/${name}; ${expected}`);
  }
  if (!files.some((name) => name.endsWith('.ts') && !isSpec(name))) problems.push(`${lib}: no aggregate in src/lib/; ${expected}`);
  return problems;
}

/** An index.ts only re-exports: no code of its own to hide there. */
function checkExportsOnly(lib: string, path: string): string[] {
  const code = parse(path).statements.filter((statement) => !ts.isExportDeclaration(statement));
  return code.length ? [`${lib}: src/index.ts should only re-export (export ... from './lib/...'), found other code`] : [];
}

function checkApi(root: string, context: string): string[] {
  const lib = `libs/${context}/api`;
  const dir = join(root, lib);
  const src = join(dir, 'src');
  const libDir = join(src, 'lib');
  const moduleFile = `${context}.module.ts`;
  const expected = `expected src/lib/${moduleFile} and the folders ${listFolders(API_FOLDERS)} (adapters: ${listFolders(ADAPTER_FOLDERS)})`;
  const problems = checkLibraryRoot(lib, dir);

  for (const name of entries(src)) {
    if (name !== 'index.ts' && name !== 'lib') problems.push(`${lib}: unexpected ${isDir(join(src, name)) ? 'folder' : 'file'} src/${name}; ${expected}`);
  }
  if (!existsSync(join(src, 'index.ts'))) problems.push(`${lib}: missing src/index.ts`);
  for (const name of entries(libDir)) {
    const isFolder = isDir(join(libDir, name));
    if (isFolder && !(API_FOLDERS as readonly string[]).includes(name) && !(ADAPTER_FOLDERS as readonly string[]).includes(name)) {
      problems.push(`${lib}: unexpected folder src/lib/${name}/; ${expected}`);
    }
    if (!isFolder && name !== moduleFile && !isSpec(name)) problems.push(`${lib}: unexpected file src/lib/${name}; ${expected}`);
  }
  if (!existsSync(join(libDir, moduleFile))) problems.push(`${lib}: missing src/lib/${moduleFile} (the context's Nest module)`);
  for (const folder of API_FOLDERS) if (!isDir(join(libDir, folder))) problems.push(`${lib}: missing folder src/lib/${folder}/; ${expected}`);

  const required: [string, string][] = [
    ['graphql/roles.ts', 'who may do what, re-exported from the shared permissions map'],
    ['projections/index.ts', `exports ${constant(context)}_PROJECTIONS or the *_PROJECTION objects`],
    [`read/${context}-queries.ts`, `the query facade, class ${pascal(context)}Queries`],
    ['write/messages.ts', 'one <Aggregate>CommandMessage per aggregate'],
    ['write/handlers.ts', `the <Aggregate>CommandHandler classes and ${constant(context)}_COMMAND_HANDLERS`],
  ];
  for (const [file, what] of required) if (!existsSync(join(libDir, file))) problems.push(`${lib}: missing src/lib/${file} (${what})`);

  problems.push(...checkQueries(lib, join(libDir, 'read', `${context}-queries.ts`), context));
  problems.push(...checkMessages(lib, join(libDir, 'write', 'messages.ts')));
  problems.push(...checkHandlers(root, lib, libDir, context));
  problems.push(...checkProjections(root, join(libDir, 'projections')));
  return problems;
}

function exportedClasses(file: ts.SourceFile): ts.ClassDeclaration[] {
  return file.statements.filter((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && !!s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword));
}

function checkQueries(lib: string, path: string, context: string): string[] {
  if (!existsSync(path)) return [];
  const facade = `${pascal(context)}Queries`;
  return exportedClasses(parse(path)).some((c) => c.name?.text === facade) ? [] : [`${lib}: read/${context}-queries.ts does not export the query facade class ${facade}`];
}

function checkMessages(lib: string, path: string): string[] {
  if (!existsSync(path)) return [];
  const file = parse(path);
  const problems = exportedClasses(file)
    .map((c) => c.name?.text ?? '(anonymous)')
    .filter((name) => !name.endsWith('CommandMessage'))
    .map((name) => `${lib}: write/messages.ts: bus message ${name} should be named <Aggregate>CommandMessage`);
  for (const statement of file.statements) {
    if ((ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && statement.name.text.endsWith('Intent')) {
      problems.push(`${lib}: write/messages.ts: ${statement.name.text}: the bus carries the domain command (<Aggregate>Request), not an *Intent`);
    }
  }
  return problems;
}

/** `@CommandHandler(X)` decorators of a class: the names of their arguments. */
function commandHandlerArguments(node: ts.ClassDeclaration): string[] {
  return (ts.getDecorators(node) ?? []).flatMap((decorator) => {
    const call = decorator.expression;
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'CommandHandler') return [];
    return call.arguments.map((argument) => argument.getText());
  });
}

function checkHandlers(root: string, lib: string, libDir: string, context: string): string[] {
  const problems: string[] = [];
  const handlersFile = join(libDir, 'write', 'handlers.ts');
  for (const path of walk(libDir).filter((p) => p.endsWith('.ts') && !isSpec(p))) {
    const file = parse(path);
    const where = relative(join(root, lib), path).split(sep).join('/');
    for (const node of file.statements.filter(ts.isClassDeclaration)) {
      const handled = commandHandlerArguments(node);
      if (!handled.length) continue;
      const name = node.name?.text ?? '(anonymous)';
      if (path !== handlersFile) problems.push(`${lib}: ${where}: command handler ${name} belongs in src/lib/write/handlers.ts`);
      if (!name.endsWith('CommandHandler')) problems.push(`${lib}: ${where}: command handler ${name} should be named <Aggregate>CommandHandler`);
      for (const message of handled.filter((m) => !m.endsWith('CommandMessage'))) {
        problems.push(`${lib}: ${where}: ${name} handles ${message}; bus messages are named <Aggregate>CommandMessage`);
      }
    }
  }
  if (existsSync(handlersFile)) {
    const list = `${constant(context)}_COMMAND_HANDLERS`;
    const exported = parse(handlersFile).statements.some(
      (s) => ts.isVariableStatement(s) && s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) && s.declarationList.declarations.some((d) => d.name.getText() === list),
    );
    if (!exported) problems.push(`${lib}: write/handlers.ts does not export ${list}`);
  }
  return problems;
}

/** A projection defined with defineProjection: the object literal is the call's first argument. */
function isProjectionDefinition(node: ts.ObjectLiteralExpression): boolean {
  const call = node.parent;
  return ts.isCallExpression(call) && call.arguments[0] === node && ts.isIdentifier(call.expression) && call.expression.text === 'defineProjection';
}

/** A projection (an object with `handles` and `apply`, or a defineProjection definition) declares `version`, part of the snapshot fingerprint. */
function checkProjections(root: string, dir: string): string[] {
  const problems: string[] = [];
  for (const path of walk(dir).filter((p) => p.endsWith('.ts') && !isSpec(p))) {
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const names = node.properties.map((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null));
        const hasSpread = node.properties.some(ts.isSpreadAssignment);
        if (((names.includes('handles') && names.includes('apply')) || isProjectionDefinition(node)) && !names.includes('version') && !hasSpread) {
          const nameProperty = node.properties.find((p) => p.name?.getText() === 'name');
          const label = nameProperty && ts.isPropertyAssignment(nameProperty) ? nameProperty.initializer.getText() : 'a projection';
          const { line } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
          problems.push(`${relative(root, path).split(sep).join('/')}:${line + 1}: projection ${label} declares no version (start at version: 1, bump it when its output changes)`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(path));
  }
  return problems;
}

interface ProjectInfo {
  root: string;
  tags: string[];
  sourceRoot: string;
}

function projectsUnder(root: string): ProjectInfo[] {
  return walk(join(root, 'libs'))
    .filter((path) => path.endsWith(`${sep}project.json`))
    .map((path) => {
      const json = JSON.parse(readFileSync(path, 'utf8')) as { tags?: string[]; sourceRoot?: string };
      const projectRoot = relative(root, join(path, '..')).split(sep).join('/');
      return { root: projectRoot, tags: json.tags ?? [], sourceRoot: json.sourceRoot ?? `${projectRoot}/src` };
    });
}

function importSpecifiers(file: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) found.push(node.arguments[0].text);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) found.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A type:domain library imports only the domain kernel, other domain libraries and its own files. */
function checkDomainImports(root: string): string[] {
  const projects = projectsUnder(root);
  const domainRoots = projects.filter((p) => p.tags.includes('type:domain')).map((p) => p.root);
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions?: { paths?: Record<string, string[]> } };
  const domainImports = new Set(
    Object.entries(tsconfig.compilerOptions?.paths ?? {})
      .filter(([, targets]) => targets.some((target) => domainRoots.some((r) => target.startsWith(`${r}/`))))
      .map(([specifier]) => specifier),
  );
  const problems: string[] = [];
  for (const project of projects.filter((p) => p.tags.includes('type:domain'))) {
    for (const path of walk(join(root, project.sourceRoot)).filter((p) => p.endsWith('.ts'))) {
      const spec = isSpec(path);
      for (const specifier of importSpecifiers(parse(path))) {
        const allowed = specifier.startsWith('.') || specifier === DOMAIN_KERNEL || domainImports.has(specifier) || (spec && DOMAIN_SPEC_IMPORTS.includes(specifier));
        if (!allowed) {
          problems.push(
            `${relative(root, path).split(sep).join('/')} imports ${specifier}: a type:domain library imports only ${DOMAIN_KERNEL}, other domain libraries and its own files`,
          );
        }
      }
    }
  }
  return problems;
}
