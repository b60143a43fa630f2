// "CPython Lens: Start Lesson…": a pick of the lessons (number, title in the editor's language, the learner's
// progress), then the lesson's file in the editor and the lesson panel beside it.

import * as vscode from 'vscode';
import { LESSONS, type Lesson } from '../../lessons/index';
import type { SimulationController } from '../controller';
import { lessonLanguage } from './lesson-language';
import { openLessonDocument } from './lesson-document';
import { LessonPanel } from './lesson-panel';
import { progressLabel, progressStatus } from './lesson-progress-label';
import type { LessonProgressStore } from './lesson-progress-store';

type LessonItem = vscode.QuickPickItem & { lesson: Lesson };

async function pickLesson(store: LessonProgressStore): Promise<Lesson | undefined> {
  const language = lessonLanguage(vscode.env.language);
  const items: LessonItem[] = LESSONS.map((lesson) => ({
    lesson,
    label: `${lesson.number}. ${lesson.title[language]}`,
    description: progressLabel(progressStatus(lesson, store.get(lesson.id)), vscode.l10n),
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('CPython Lens: choose a lesson'), placeHolder: vscode.l10n.t('Lesson') });
  return picked?.lesson;
}

export async function startLesson(extensionUri: vscode.Uri, controller: SimulationController, store: LessonProgressStore): Promise<void> {
  const lesson = await pickLesson(store);
  if (!lesson) return;
  const document = await openLessonDocument(lesson, extensionUri);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  await LessonPanel.start(extensionUri, controller, store, lesson, document);
}
