// The Python file a lesson runs on: the workspace's copy (examples/lessons/<file> or lessons/<file>) when
// there is one, else the copy shipped with the extension, opened as an untitled document with its text
// (the extension's folder is never written to).

import * as vscode from 'vscode';
import type { Lesson } from '../../lessons/index';

const WORKSPACE_FOLDERS_FOR_LESSONS = [['examples', 'lessons'], ['lessons']];

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function workspaceCopy(lesson: Lesson): Promise<vscode.Uri | null> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const segments of WORKSPACE_FOLDERS_FOR_LESSONS) {
      const uri = vscode.Uri.joinPath(folder.uri, ...segments, lesson.file);
      if (await exists(uri)) return uri;
    }
  }
  return null;
}

export async function openLessonDocument(lesson: Lesson, extensionUri: vscode.Uri): Promise<vscode.TextDocument> {
  const inWorkspace = await workspaceCopy(lesson);
  if (inWorkspace) return vscode.workspace.openTextDocument(inWorkspace);
  const shipped = vscode.Uri.joinPath(extensionUri, 'examples', 'lessons', lesson.file);
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(shipped));
  return vscode.workspace.openTextDocument({ language: 'python', content });
}
