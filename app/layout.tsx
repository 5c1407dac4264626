import type { Metadata } from 'next';
import Link from 'next/link';
import { currentUser } from '@/lib/actions/session';
import { UserMenu } from '@/components/auth/user-menu';
import { hasRole, isStudent } from '@/lib/auth/roles';
import { publicBaseUrl } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Claimscope', template: '%s · Claimscope' },
  description: 'Extract claims from documents and compare how sources frame a question.',
  // Absolute Open Graph URLs need the public address; without one Next.js falls back to localhost.
  metadataBase: publicBaseUrl(),
  manifest: '/manifest.webmanifest',
  icons: { icon: [{ url: '/favicon.ico', sizes: '48x48' }, { url: '/icon.svg', type: 'image/svg+xml' }], apple: '/apple-touch-icon.png' },
  openGraph: { type: 'website', siteName: 'Claimscope', images: [{ url: '/og-image.png', width: 1200, height: 630, alt: 'Claimscope: claims compared across sources' }] },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <header className="no-print border-b border-stone-200 bg-white">
          <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight text-indigo-700">
              Claimscope
            </Link>
            {user && isStudent(user.role) ? (
              <Link href="/classes" className="text-sm text-stone-600 hover:text-stone-900">
                My classes
              </Link>
            ) : (
              <>
              <Link href="/" className="text-sm text-stone-600 hover:text-stone-900">
                Documents
              </Link>
              <Link href="/review" className="text-sm text-stone-600 hover:text-stone-900">
                Review
              </Link>
              {user?.role === 'admin' && (
                <Link href="/admin/users" className="text-sm text-stone-600 hover:text-stone-900">
                  Admin
                </Link>
              )}
              <Link href="/compare" className="text-sm text-stone-600 hover:text-stone-900">
                Compare
              </Link>
              <Link href="/search" className="text-sm text-stone-600 hover:text-stone-900">
                Search
              </Link>
              {user && hasRole(user.role, 'teacher') && (
                <Link href="/teach" className="text-sm text-stone-600 hover:text-stone-900">
                  Teach
                </Link>
              )}
              </>
            )}
            <UserMenu user={user} />
          </nav>
        </header>
        <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
