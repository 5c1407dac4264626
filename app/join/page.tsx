import type { Metadata } from 'next';
import Link from 'next/link';
import { JoinForm } from '@/components/teaching/join-form';

export const metadata: Metadata = { title: 'Join a class' };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Join a class</h1>
      <p className="text-sm text-stone-600">
        Your teacher gives you the class code. Already have an account? <Link href="/login?next=/classes" className="text-indigo-700 hover:underline">Sign in</Link> and add the code on your classes page.
      </p>
      <JoinForm code={typeof code === 'string' ? code.slice(0, 20) : undefined} />
    </div>
  );
}
