import { hasRole, type Role } from '@/lib/auth/roles';
import { canEditClaim as policyAllowsEdit } from '@/lib/auth/policy';
import type { ClaimKind, ClaimStatus, ReaderClaimView, ReaderUser } from './types';

// Kind is shown by colour AND by underline style and a letter, so it never depends on colour alone.
export const kindStyle: Record<ClaimKind, { letter: string; label: string; mark: string }> = {
  quote: { letter: 'Q', label: 'Quote', mark: 'bg-amber-100 decoration-amber-700 decoration-solid' },
  reported: { letter: 'R', label: 'Reported speech', mark: 'bg-sky-100 decoration-sky-700 decoration-dashed' },
  factual: { letter: 'F', label: 'Factual', mark: 'bg-emerald-100 decoration-emerald-700 decoration-double' },
  evaluative: { letter: 'E', label: 'Evaluative', mark: 'bg-rose-100 decoration-rose-700 decoration-wavy' },
  prediction: { letter: 'P', label: 'Prediction', mark: 'bg-violet-100 decoration-violet-700 decoration-dotted' },
};

export const statusStyle: Record<ClaimStatus, { symbol: string; chip: string; mark: string }> = {
  suggested: { symbol: '', chip: 'border-stone-300 bg-white text-stone-700', mark: '' },
  accepted: { symbol: '✓', chip: 'border-emerald-600 bg-emerald-50 text-emerald-800', mark: '' },
  rejected: { symbol: '✗', chip: 'border-red-600 bg-red-50 text-red-800', mark: 'line-through opacity-70' },
  disputed: { symbol: '?', chip: 'border-orange-600 bg-orange-50 text-orange-800', mark: 'outline outline-1 outline-dashed outline-orange-600' },
};

export function isAtLeast(user: ReaderUser, role: Role): boolean {
  return user !== null && hasRole(user.role, role);
}

/** The policy's own rule, used here only to hide controls; the server decides for real. */
export function canEditClaim(user: ReaderUser, claim: Pick<ReaderClaimView, 'createdById'>): boolean {
  return user !== null && policyAllowsEdit(user, claim);
}
