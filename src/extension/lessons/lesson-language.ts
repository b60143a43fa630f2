// The language lessons are shown in: the course's French when the editor's display language is French,
// English otherwise. Pure.

export type LessonLanguage = 'fr' | 'en';

export function lessonLanguage(displayLanguage: string): LessonLanguage {
  return displayLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
