import type { Knowledge } from "../knowledge/schema.js";
import { passagesOf } from "./fulltext-docs.js";
import type { FullTextIndex } from "./fulltext.js";
import { buildVocabulary, type Postings } from "./fulltext-terms.js";

/**
 * The full-text index as bytes, to build it once (npm run build) and load it when the bot starts: a JSON
 * header (format, knowledge version, each compound's id and number of claims and doses, the words and the
 * length of each one's list), then every list's document numbers (32-bit integers) and weights (32-bit
 * floats), in the machine's byte order. Loading makes views on those arrays, nothing is parsed per document.
 * What a document points at is not stored: it is numbered from the knowledge (its compounds in order, each
 * one's claims then doses), and a file whose version or compounds do not match is not used.
 */

const FORMAT = "nootropic-fulltext/1";

interface Header {
  format: string;
  version: string;
  compounds: [string, number, number][];
  words: string[];
  lengths: number[];
}

const shape = (knowledge: Pick<Knowledge, "compounds">): Header["compounds"] =>
  knowledge.compounds.map((c) => [c.id, c.claims.length, c.doses.length]);

/** The bytes of a freshly built index (one never updated in place of a reload). */
export function serializeFullText(
  index: FullTextIndex,
  knowledge: Pick<Knowledge, "compounds">,
  version: string,
): Buffer {
  if (index.live !== index.passages.length) throw new Error("only a freshly built index can be serialised");
  const words = [...index.postings.keys()];
  const lengths = words.map((w) => index.postings.get(w)!.docs.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const header = Buffer.from(
    JSON.stringify({ format: FORMAT, version, compounds: shape(knowledge), words, lengths } satisfies Header),
  );
  const start = 4 + header.length + ((4 - ((4 + header.length) % 4)) % 4);
  const out = Buffer.alloc(start + total * 8);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  const docs = new Int32Array(out.buffer, out.byteOffset + start, total);
  const weights = new Float32Array(out.buffer, out.byteOffset + start + total * 4, total);
  let at = 0;
  for (const word of words) {
    const list = index.postings.get(word)!;
    docs.set(list.docs, at);
    weights.set(list.weights, at);
    at += list.docs.length;
  }
  return out;
}

/** The index in `bytes` for this knowledge at this version; undefined when the bytes are for another one. */
export function loadFullText(
  bytes: Buffer,
  knowledge: Pick<Knowledge, "compounds">,
  version: string,
): FullTextIndex | undefined {
  if (bytes.length < 4) return undefined;
  const size = bytes.readUInt32LE(0);
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(4, 4 + size).toString("utf8")) as Header;
  } catch {
    return undefined;
  }
  if (header.format !== FORMAT || header.version !== version) return undefined;
  if (!Array.isArray(header.words) || header.words.length !== header.lengths?.length) return undefined;
  if (JSON.stringify(header.compounds) !== JSON.stringify(shape(knowledge))) return undefined;
  const start = 4 + size + ((4 - ((4 + size) % 4)) % 4);
  const total = header.lengths.reduce((a, b) => a + b, 0);
  if (bytes.length !== start + total * 8) return undefined;
  // Typed views need their offset aligned; a Buffer from a pool may not be.
  const aligned = (bytes.byteOffset + start) % 4 === 0 ? bytes : Buffer.from(bytes);
  const docs = new Int32Array(aligned.buffer, aligned.byteOffset + start, total);
  const weights = new Float32Array(aligned.buffer, aligned.byteOffset + start + total * 4, total);
  const postings = new Map<string, Postings>();
  let at = 0;
  header.words.forEach((word, i) => {
    const n = header.lengths[i]!;
    postings.set(word, { docs: docs.subarray(at, at + n), weights: weights.subarray(at, at + n) });
    at += n;
  });
  const { passages, byCompound } = passagesOf(knowledge);
  if (passages.length !== header.compounds.reduce((a, [, c, d]) => a + c + d, 0)) return undefined;
  return { passages, byCompound, postings, vocabulary: buildVocabulary(header.words), live: passages.length };
}
