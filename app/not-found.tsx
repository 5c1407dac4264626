import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-stone-600">There is no such document (it may have been deleted, or the link is wrong).</p>
      <Link href="/" className="text-indigo-700 hover:underline">Back to all documents</Link>
    </div>
  );
}
