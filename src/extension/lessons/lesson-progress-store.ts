// Each learner's progress through the lessons, kept in the extension's global state (per user, across
// workspaces and sessions).

import type * as vscode from 'vscode';
import type { LessonProgress } from '../../lessons/index';

const KEY = 'cpythonLens.lessonProgress';

export class LessonProgressStore {
  constructor(private readonly state: vscode.Memento) {}

  private all(): Record<string, LessonProgress> {
    return this.state.get<Record<string, LessonProgress>>(KEY) ?? {};
  }

  get(lessonId: string): LessonProgress | undefined {
    return this.all()[lessonId];
  }

  async save(progress: LessonProgress): Promise<void> {
    await this.state.update(KEY, { ...this.all(), [progress.lessonId]: progress });
  }
}
