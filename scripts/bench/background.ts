// Long descriptive sentences (scene, background, context) for the scale corpus: real reports carry
// about 20 claims in 3 KB, so most of their bytes sit in sentences longer than the benchmark's
// short templates. Composed from parts, so they rarely repeat.
import type { Lang } from '../../lib/engine/types.ts';
import type { Rng } from './rng.ts';

const PARTS = {
  de: {
    opening: ['Schon am frühen Morgen', 'Nach einer langen Sitzung', 'Am Rande des Treffens', 'Wie schon in den Jahren zuvor', 'Trotz des schlechten Wetters', 'Kurz vor Beginn der Beratungen'],
    scene: [
      'versammelten sich Vertreter mehrerer Verbände vor dem alten Rathaus',
      'warteten Journalisten stundenlang vor dem Eingang des Ministeriums',
      'trafen sich die Delegationen in einem schmucklosen Saal im Erdgeschoss',
      'diskutierten Anwohner auf einer Bürgerversammlung bis spät in den Abend',
      'legten die Beteiligten einen ausführlichen Zwischenbericht vor',
    ],
    detail: [
      'wo seit Wochen über die Zukunft der Einrichtung gestritten wird',
      'während draußen eine kleine Gruppe mit Transparenten auf sich aufmerksam machte',
      'nachdem die erste Runde der Gespräche ohne Ergebnis geblieben war',
      'und viele Fragen zu Zuständigkeiten und Fristen blieben zunächst offen',
      'wobei die Stimmung nach Angaben von Teilnehmern sachlich und konzentriert war',
    ],
  },
  en: {
    opening: ['Early in the morning', 'After a long session', 'On the sidelines of the meeting', 'As in previous years', 'Despite the heavy rain', 'Shortly before the talks began'],
    scene: [
      'representatives of several associations gathered outside the old town hall',
      'reporters waited for hours at the entrance of the ministry',
      'the delegations met in a plain room on the ground floor',
      'residents argued late into the evening at a public meeting',
      'the participants presented a detailed interim report',
    ],
    detail: [
      'where the future of the facility has been debated for weeks',
      'while a small group with banners tried to draw attention outside',
      'after the first round of talks had ended without a result',
      'and many questions about responsibilities and deadlines remained open',
      'and participants described the mood as calm and focused',
    ],
  },
} as const;

/** One long background sentence (about 150–200 bytes). */
export function backgroundSentence(r: Rng, lang: Lang): string {
  const p = PARTS[lang];
  return `${r.pick(p.opening)} ${r.pick(p.scene)}, ${r.pick(p.detail)}.`;
}
