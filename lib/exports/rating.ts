// The rating scale of claims, as ClaimReview reads it: 1 (worst) … 5 (best), with default labels.
export const RATING_LABELS: Record<number, string> = { 1: 'False', 2: 'Mostly false', 3: 'Mixed', 4: 'Mostly true', 5: 'True' };
