import { claimUrl, documentUrn, iso, type ExportClaim, type ExportDocument, type ExportOptions } from './types.ts';

// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one AnnotationCollection
// with every claim as an Annotation on its document's stored text. Selectors address that text,
// so the target's source is our urn for the document; its URL, when known, is the target's scope.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const CONTEXT = 32;

type Thing = Record<string, unknown>;

/** The body: what the claim is (kind), who speaks, and each topic with the claim's stance on it. */
function body(claim: ExportClaim): Thing[] {
  const topics = claim.links.map((l) => `${l.topicLabel} (${l.stance})`);
  const summary = [`Kind: ${claim.kind}`, claim.speaker && `Speaker: ${claim.speaker}`, topics.length && `Topics: ${topics.join('; ')}`].filter(Boolean).join(' · ');
  return [
    { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: summary },
    { type: 'TextualBody', purpose: 'classifying', field: 'kind', value: claim.kind },
    ...(claim.speaker ? [{ type: 'TextualBody', purpose: 'identifying', field: 'speaker', value: claim.speaker }] : []),
    ...claim.links.map((l) => ({ type: 'TextualBody', purpose: 'tagging', field: 'topic', value: l.topicLabel, topic: l.topicId, stance: l.stance, status: l.status })),
  ];
}

export function annotation(doc: ExportDocument, claim: ExportClaim, options: ExportOptions): Thing {
  return {
    id: claimUrl(options, doc.id, claim.id),
    type: 'Annotation',
    motivation: 'describing',
    created: iso(claim.createdAt),
    modified: iso(claim.updatedAt),
    creator: claim.createdBy ? { type: 'Person', name: claim.createdBy } : { type: 'Software', name: options.appName },
    body: body(claim),
    target: {
      source: documentUrn(doc.id),
      ...(doc.url ? { scope: doc.url } : {}),
      selector: [
        // Context read from the text itself, so the selectors always agree with each other.
        {
          type: 'TextQuoteSelector',
          exact: doc.text.slice(claim.start, claim.end),
          prefix: doc.text.slice(Math.max(0, claim.start - CONTEXT), claim.start),
          suffix: doc.text.slice(claim.end, claim.end + CONTEXT),
        },
        { type: 'TextPositionSelector', start: claim.start, end: claim.end },
      ],
    },
  };
}

export function annotationCollection(documents: ExportDocument[], options: ExportOptions, label = 'Claimscope claims'): Thing {
  // An orphaned claim's offsets no longer address its document's text: it has no target to give.
  const items = documents.flatMap((doc) => doc.claims.filter((c) => !c.orphaned).map((claim) => annotation(doc, claim, options)));
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
