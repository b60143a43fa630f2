// The learner's other Python files beside the simulated one that its run imports (directly or through each
// other: src/shared/local-module-collector.ts), for `import fibo` to find in the script's folder (sys.path[0]).
// An open editor's text is used, saved or not, as the learner sees it; the others are read from the workspace's
// file system. Only a file on disk has a folder: an untitled document imports none.

import * as vscode from 'vscode';
import { LocalModuleCollector, MAX_LOCAL_MODULE_BYTES, moduleNameOfFile } from '../shared/local-module-collector';


/** Module name → source of the .py files in the document's folder its run imports; none outside a folder. */
export async function readLocalModules(document: vscode.TextDocument, source: string): Promise<Record<string, string>> {
  if (document.uri.scheme !== 'file') return {};
  const folder = vscode.Uri.joinPath(document.uri, '..');
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return {};
  }
  const available = new Set(entries.flatMap(([file, type]) => ((type & vscode.FileType.File) !== 0 ? moduleNameOfFile(file) ?? [] : [])));
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const collector = new LocalModuleCollector(available, source);
  for (let name = collector.next(); name !== null; name = collector.next()) {
    const uri = vscode.Uri.joinPath(folder, `${name}.py`);
    collector.give(name, open.get(uri.toString())?.getText() ?? (await readFile(uri)));
  }
  return collector.result();
}

async function readFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_LOCAL_MODULE_BYTES) return undefined;
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    // Unreadable: as if absent (the import then stops as a module CPython Lens does not model).
    return undefined;
  }
}
