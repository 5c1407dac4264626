type Props = {
  label: string;
  assigneeId: string | null;
  users: { id: string; label: string }[];
  canAct: boolean;
  pending: boolean;
  onAssign: (assigneeId: string | null) => void;
};

// Who reviews a claim or link: a select for editors, plain text for everyone else.
export function AssigneeSelect({ label, assigneeId, users, canAct, pending, onAssign }: Props) {
  if (!canAct) return <span className="text-xs text-stone-500">{users.find((u) => u.id === assigneeId)?.label ?? 'unassigned'}</span>;
  return (
    <select aria-label={label} value={assigneeId ?? ''} disabled={pending} onChange={(e) => onAssign(e.target.value || null)} className="max-w-[9rem] rounded border border-stone-300 px-1 py-0.5 text-xs">
      <option value="">Unassigned</option>
      {users.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
    </select>
  );
}
