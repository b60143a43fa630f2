// The learner's other Python files around the simulated one that its run imports (directly or through each
// other: src/shared/local-module-collector.ts), for `import fibo` or `from shapes import circle` to find in the
// script's folder (sys.path[0]). An open editor's text is used, saved or not, as the learner sees it; the others
// are read from the workspace's file system. Only a file on disk has a folder: an untitled document imports none.

import * as vscode from 'vscode';
import { LocalModuleCollector, MAX_LOCAL_MODULE_BYTES, moduleNameOfEntry } from '../shared/local-module-collector';


/** Relative path → source of the .py files around the document that its run imports; none outside a folder. */
export async function readLocalModules(document: vscode.TextDocument, source: string): Promise<Record<string, string>> {
  if (document.uri.scheme !== 'file') return {};
  const folder = vscode.Uri.joinPath(document.uri, '..');
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return {};
  }
  const available = new Set(entries.flatMap(([name, type]) => moduleNameOfEntry(name, (type & vscode.FileType.Directory) !== 0) ?? []));
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const collector = new LocalModuleCollector(available, source);
  for (let path = collector.next(); path !== null; path = collector.next()) {
    const uri = vscode.Uri.joinPath(folder, ...path.split('/').filter((part) => part !== ''));
    collector.give(path, path.endsWith('/') ? await folderMark(uri) : open.get(uri.toString())?.getText() ?? (await readFile(uri)));
  }
  return collector.result();
}

/** '' when `uri` is a folder (a namespace package's), else undefined. */
async function folderMark(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0 ? '' : undefined;
  } catch {
    return undefined;
  }
}

async function readFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0 || stat.size > MAX_LOCAL_MODULE_BYTES) return undefined;
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    // Unreadable: as if absent (the import then stops as a module CPython Lens does not model).
    return undefined;
  }
}
