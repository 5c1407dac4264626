import { kindStyle } from './claim-style';
import type { ClaimKind } from './types';

export function ClaimLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700" aria-label="Claim kinds">
      {(Object.keys(kindStyle) as ClaimKind[]).map((k) => (
        <li key={k} className="flex items-center gap-1">
          <span className={`rounded-sm px-1 underline decoration-2 underline-offset-4 ${kindStyle[k].mark}`}>
            <b className="font-sans">{kindStyle[k].letter}</b>
          </span>
          {kindStyle[k].label}
        </li>
      ))}
      <li>✓ accepted · ✗ rejected · ? disputed</li>
      <li className="text-stone-500">Keys: j / k next / previous claim, Enter opens, Esc closes</li>
    </ul>
  );
}
