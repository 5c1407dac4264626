// Roles, lowest to highest. A role can do everything the roles below it can.
export const roles = ['viewer', 'annotator', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export function hasRole(actual: Role, required: Role): boolean {
  return roles.indexOf(actual) >= roles.indexOf(required);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
