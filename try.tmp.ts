import fs from 'node:fs';
import { parseDocumentBytes } from './lib/documents/formats/index.ts';
import { getDocumentProxy } from 'unpdf';
const bytes = new Uint8Array(fs.readFileSync(process.argv[2]));
const r = await parseDocumentBytes(bytes, 'x.pdf');
console.log(JSON.stringify(r, null, 1));
if (process.argv[3]) { const pdf = await getDocumentProxy(new Uint8Array(bytes)); const p = await pdf.getPage(1); console.log((await p.getTextContent()).items.map((i: any) => JSON.stringify([i.str, i.transform[4], i.transform[5], i.width])).join('\n')); }
