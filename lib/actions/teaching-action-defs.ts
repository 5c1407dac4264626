import { defineAction } from './run-action.ts';
import { createClass } from '../services/teaching/create-class.ts';
import { joinClass } from '../services/teaching/join-class.ts';
import { createExercise } from '../services/teaching/create-exercise.ts';
import { addAnnotation } from '../services/teaching/add-annotation.ts';
import { removeAnnotation } from '../services/teaching/remove-annotation.ts';
import { submitExercise } from '../services/teaching/submit-exercise.ts';
import { revealExercise } from '../services/teaching/reveal-exercise.ts';
import { linkItem } from '../services/teaching/link-item.ts';
import { unlinkItem } from '../services/teaching/unlink-item.ts';
import { pairItems } from '../services/teaching/pair-items.ts';
import { unpairItems } from '../services/teaching/unpair-items.ts';
import { deleteClass, removeMember, renameClass } from '../services/teaching/manage-class.ts';
import { deleteExercise, renameExercise } from '../services/teaching/manage-exercise.ts';

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
  linkItem: defineAction('exercise.linkItem', (db, a, i) => linkItem(db, a, i)),
  unlinkItem: defineAction('exercise.unlinkItem', (db, a, i) => unlinkItem(db, a, i)),
  pairItems: defineAction('exercise.pairItems', (db, a, i) => pairItems(db, a, i)),
  unpairItems: defineAction('exercise.unpairItems', (db, a, i) => unpairItems(db, a, i)),
  renameClass: defineAction('class.rename', (db, a, i) => renameClass(db, a, i)),
  deleteClass: defineAction('class.delete', (db, a, i) => deleteClass(db, a, i)),
  removeMember: defineAction('class.removeMember', (db, a, i) => removeMember(db, a, i)),
  renameExercise: defineAction('exercise.rename', (db, a, i) => renameExercise(db, a, i)),
  deleteExercise: defineAction('exercise.delete', (db, a, i) => deleteExercise(db, a, i)),
};
