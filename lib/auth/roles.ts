// Roles, lowest to highest. A role can do everything the roles below it can, with one
// exception: a student reads nothing but their own classes' exercises (lib/actions/session.ts
// turns students away from every general page and REST read). Teachers sit between annotators and
// editors, so editors and admins can teach too (docs/teaching.md).
export const roles = ['student', 'viewer', 'annotator', 'teacher', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export function hasRole(actual: Role, required: Role): boolean {
  return roles.indexOf(actual) >= roles.indexOf(required);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Students see only their classes: no documents list, review queue, search, comparisons or REST API. */
export function isStudent(role: Role): boolean {
  return role === 'student';
}
