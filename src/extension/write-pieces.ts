// Writes a file given in pieces (an exported trace can be more than one string or buffer should hold).
import * as vscode from 'vscode';
import { open } from 'node:fs/promises';

/**
 * Writes `pieces` to `target` one after another: a local file through a file handle, so the whole is never
 * put together; any other file system (a virtual workspace) in one write of the pieces joined.
 */
export async function writePieces(target: vscode.Uri, pieces: readonly Uint8Array[]): Promise<void> {
  if (target.scheme === 'file') {
    const handle = await open(target.fsPath, 'w');
    try {
      // FileHandle.writeFile goes on from where the last write ended, and writes all of its piece.
      for (const piece of pieces) await handle.writeFile(piece);
    } finally {
      await handle.close();
    }
    return;
  }
  const whole = new Uint8Array(pieces.reduce((n, piece) => n + piece.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.byteLength;
  }
  await vscode.workspace.fs.writeFile(target, whole);
}
