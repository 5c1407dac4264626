import { defineAction } from './run-action.ts';
import { createClass } from '../services/teaching/create-class.ts';
import { joinClass } from '../services/teaching/join-class.ts';
import { createExercise } from '../services/teaching/create-exercise.ts';
import { addAnnotation } from '../services/teaching/add-annotation.ts';
import { removeAnnotation } from '../services/teaching/remove-annotation.ts';
import { submitExercise } from '../services/teaching/submit-exercise.ts';
import { revealExercise } from '../services/teaching/reveal-exercise.ts';

// Teaching mode's mutations: the policy table gives the role floor, each service parses its input
// with zod and checks class membership (lib/services/teaching/class-access.ts).
export const teachingActionDefs = {
  createClass: defineAction('class.create', (db, a, i) => createClass(db, a, i)),
  joinClass: defineAction('class.join', (db, a, i) => joinClass(db, a, i)),
  createExercise: defineAction('exercise.create', (db, a, i) => createExercise(db, a, i)),
  addAnnotation: defineAction('exercise.annotate', (db, a, i) => addAnnotation(db, a, i)),
  removeAnnotation: defineAction('exercise.removeAnnotation', (db, a, i) => removeAnnotation(db, a, i)),
  submitExercise: defineAction('exercise.submit', (db, a, i) => submitExercise(db, a, i)),
  revealExercise: defineAction('exercise.reveal', (db, a, i) => revealExercise(db, a, i)),
};
