// The learner's other Python files beside the simulated one: what `import fibo` finds in the script's folder
// (sys.path[0]). An open editor's text is used, saved or not, as the learner sees it; the others are read from
// the workspace's file system. Only a file on disk has a folder: an untitled document imports none.

import * as vscode from 'vscode';

/** A module name the path finder imports from `name.py` (a Python identifier, near enough). */
const MODULE_FILE = /^([\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)\.py$/u;
/** A folder of a learner's scripts holds a handful; a big one (a home folder) is not read whole. */
const MAX_FILES = 200;
const MAX_BYTES = 1 << 20;

/** Module name → source of the .py files in the document's folder; none for a document not in a folder. */
export async function readLocalModules(document: vscode.TextDocument): Promise<Record<string, string>> {
  const modules: Record<string, string> = {};
  if (document.uri.scheme !== 'file') return modules;
  const folder = vscode.Uri.joinPath(document.uri, '..');
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return modules;
  }
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const files = entries
    .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && MODULE_FILE.test(name))
    .map(([name]) => name)
    .sort()
    .slice(0, MAX_FILES);
  await Promise.all(files.map(async (file) => {
    const uri = vscode.Uri.joinPath(folder, file);
    const moduleName = file.slice(0, -'.py'.length);
    const editor = open.get(uri.toString());
    if (editor) {
      modules[moduleName] = editor.getText();
      return;
    }
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_BYTES) return;
      modules[moduleName] = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      // Unreadable: as if absent (the import then stops as a module CPython Lens does not model).
    }
  }));
  return modules;
}
