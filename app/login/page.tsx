import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeNextPath } from '@/lib/auth/next-path';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="text-sm text-stone-600">Claimscope is private: sign in to read, annotate and review.</p>
      <SignInForm next={safeNextPath(next)} />
    </div>
  );
}
