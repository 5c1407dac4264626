import { z } from 'zod';

// Rules for every new password (CLI `user add`, the admin page, better-auth's change-password).
// No breached-password list is installed here (see docs/security.md), so only length is checked.
export const minPasswordLength = 12;
export const maxPasswordLength = 128;

export const newPasswordSchema = z
  .string()
  .min(minPasswordLength, `Passwords need at least ${minPasswordLength} characters`)
  .max(maxPasswordLength, `Passwords can have at most ${maxPasswordLength} characters`);
