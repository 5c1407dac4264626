// Alias merging within one document: acronyms, surnames and genitive forms map to a canonical name.
import type { Entity, EntityType } from '../types';

type Known = { canonical: string; type: EntityType };

export type EntityContext = {
  aliases: Map<string, Known>;
  /** Role word → the person last named with it ("innenministerin" → "Katrin Albers"). */
  roles: Map<string, string>;
};

export const createEntityContext = (): EntityContext => ({ aliases: new Map(), roles: new Map() });

/** Remembers "Ministerin Katrin Albers" so that a later "die Ministerin" means her. */
export const registerRole = (ctx: EntityContext, role: string, name: string): void => {
  ctx.roles.delete(role);
  ctx.roles.set(role, name);
};

/**
 * The person last named with this role; a compound role also matches its head
 * ("Ministerin" → the last "Innenministerin"). Null when no such person was named.
 */
export const resolveRole = (roles: ReadonlyMap<string, string>, role: string): string | null => {
  const exact = roles.get(role);
  if (exact) return exact;
  let found: string | null = null;
  for (const [key, name] of roles) if (key.endsWith(role) && role.length >= 4) found = name;
  return found;
};

const keyOf = (text: string): string => text.toLowerCase();

const lookup = (ctx: EntityContext, text: string): Known | undefined => {
  const key = keyOf(text);
  return ctx.aliases.get(key) ?? (key.endsWith('s') ? ctx.aliases.get(key.slice(0, -1)) : undefined);
};

/** Gives the entity its canonical name and remembers its aliases for later mentions. */
export const resolveEntity = (ctx: EntityContext, e: Entity): Entity => {
  const known = lookup(ctx, e.text);
  if (known) return { ...e, canonical: known.canonical, type: e.type === 'other' ? known.type : e.type };
  ctx.aliases.set(keyOf(e.text), { canonical: e.canonical, type: e.type });
  if (e.type === 'person') registerSurname(ctx, e.canonical);
  return e;
};

export const registerSurname = (ctx: EntityContext, name: string): void => {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return;
  const surname = keyOf(parts[parts.length - 1]);
  if (!ctx.aliases.has(surname)) ctx.aliases.set(surname, { canonical: name, type: 'person' });
};

export const registerAcronym = (ctx: EntityContext, acronym: string, long: Entity): void => {
  const type = long.type === 'other' ? 'organization' : long.type;
  ctx.aliases.set(keyOf(acronym), { canonical: long.canonical, type });
};

/** Marks a name as a person (e.g. once it is seen speaking) so later surnames resolve to it. */
export const markPerson = (ctx: EntityContext, name: string): void => {
  const known = ctx.aliases.get(keyOf(name));
  if (known && known.type !== 'organization' && known.type !== 'place') known.type = 'person';
  if (!known) ctx.aliases.set(keyOf(name), { canonical: name, type: 'person' });
  registerSurname(ctx, name);
};
