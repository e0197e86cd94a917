import type { FastifyReply, FastifyRequest } from 'fastify';
import { validationFailed } from './errors.js';

/** The version the client edited: `If-Match: "3"` (or W/"3", or 3) or `version` in the body. */
export function expectedVersion(req: FastifyRequest, bodyVersion: number | undefined): number | undefined {
  const header = req.headers['if-match'];
  if (typeof header === 'string' && header.trim() !== '') {
    const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
    if (!m) throw validationFailed([{ path: 'If-Match', message: 'Must be the record version, e.g. "3".' }]);
    return Number(m[1]);
  }
  return bodyVersion;
}

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', `"${version}"`);
}
