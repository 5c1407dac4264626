import { notFound } from 'next/navigation';
import { isAppError } from '../errors.ts';

/** For pages: a NOT_FOUND from a query (unknown or forged id) renders the 404 page. */
export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}
