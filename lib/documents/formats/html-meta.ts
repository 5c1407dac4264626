import type { ParsedMeta } from './index.ts';
import { cleanAuthors, cleanName, cleanTitle, cleanUrl, compactMeta, languageOf, normalizePublished } from './meta.ts';

// What an HTML page says about itself: <title>, Open Graph, article:* and author <meta> tags,
// <html lang>, and schema.org JSON-LD (NewsArticle, Article and kin). JSON-LD wins where it
// is specific (headline, authors); Open Graph for the outlet and canonical URL.

type El = { getAttribute(name: string): string | null; textContent: string | null };
type Doc = { querySelector(s: string): El | null; querySelectorAll(s: string): ArrayLike<El>; documentElement: El | null };
type Json = Record<string, unknown>;

const ARTICLE_TYPES = new Set(['Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'BlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle', 'LiveBlogPosting']);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** Every object in the JSON-LD blocks, @graph members included, and an @id index. */
function jsonLdNodes(doc: Doc): { nodes: Json[]; byId: Map<string, Json> } {
  const nodes: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6) return;
    for (const item of list(v)) {
      if (!isObject(item)) continue;
      nodes.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i].textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common; the other sources still count.
    }
  }
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  return { nodes, byId };
}

/** Names from a schema.org person/organization value: a string, {name}, an @id reference or a list. */
function names(v: unknown, byId: Map<string, Json>): string[] {
  return list(v).flatMap((item): string[] => {
    if (typeof item === 'string') return [item];
    if (!isObject(item)) return [];
    const node = typeof item['@id'] === 'string' && !item.name ? (byId.get(item['@id']) ?? item) : item;
    return typeof node.name === 'string' ? [node.name] : [];
  });
}

function jsonLdArticle(doc: Doc): ParsedMeta & { inLanguage?: unknown } {
  const { nodes, byId } = jsonLdNodes(doc);
  const article = nodes.find((n) => list(n['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t)));
  if (!article) return {};
  const page = article.mainEntityOfPage;
  return {
    title: cleanTitle(article.headline ?? article.name),
    authors: cleanAuthors(names(article.author, byId)),
    published: normalizePublished(article.datePublished ?? article.dateCreated),
    outlet: cleanName(names(article.publisher, byId)[0]),
    url: cleanUrl(article.url) ?? cleanUrl(isObject(page) ? (page['@id'] ?? page.url) : page),
    inLanguage: article.inLanguage,
  };
}

function metaContent(doc: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`) ?? doc.querySelector(`meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content');
    if (content?.trim()) return content;
  }
  return undefined;
}

/** Author meta tags, minus the profile URLs some sites put in article:author. */
function metaAuthors(doc: Doc): string[] {
  const out: string[] = [];
  for (const selector of ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="dc.creator"]', 'meta[name="DC.creator"]']) {
    const els = doc.querySelectorAll(selector);
    for (let i = 0; i < els.length; i++) {
      const c = els[i].getAttribute('content');
      if (c && !/^https?:\/\//i.test(c.trim())) out.push(c);
    }
  }
  return out;
}

export function extractHtmlMeta(document: unknown): ParsedMeta {
  const doc = document as Doc;
  const ld = jsonLdArticle(doc);
  const published =
    normalizePublished(metaContent(doc, 'article:published_time', 'og:article:published_time')) ??
    ld.published ??
    normalizePublished(metaContent(doc, 'date', 'dc.date', 'DC.date', 'dcterms.created', 'datePublished', 'pubdate', 'publish-date'));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return compactMeta({
    title: ld.title ?? cleanTitle(metaContent(doc, 'og:title', 'twitter:title')) ?? cleanTitle(doc.querySelector('title')?.textContent),
    authors: ld.authors ?? cleanAuthors(metaAuthors(doc)),
    outlet: cleanName(metaContent(doc, 'og:site_name')) ?? ld.outlet ?? cleanName(metaContent(doc, 'application-name')),
    url: cleanUrl(metaContent(doc, 'og:url')) ?? ld.url ?? cleanUrl(canonical),
    published,
    language:
      languageOf(doc.documentElement?.getAttribute('lang')) ??
      languageOf(doc.documentElement?.getAttribute('xml:lang')) ??
      languageOf(doc.querySelector('meta[http-equiv="content-language"]')?.getAttribute('content')) ??
      languageOf(ld.inLanguage) ??
      languageOf(metaContent(doc, 'og:locale')),
  });
}
