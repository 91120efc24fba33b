import { formatDay, formatNumber } from './format.js';
import type { ProblemTerms } from './problem.js';

const megabytes = (bytes: unknown) => `${formatNumber(Math.round((Number(bytes) / 1048576) * 10) / 10, 'en')} MB`;

const en: ProblemTerms = {
  'invalid-request': 'Some of the values sent are not accepted.',
  'invalid-json': 'The request could not be read.',
  'unsupported-media-type': 'The request was not in the expected format.',
  'payload-too-large': ({ max }) => `The upload is larger than ${megabytes(max)}.`,
  unauthorized: 'You are not signed in, or your session has expired.',
  'link-expired': 'This link has expired: find your dossier again with its identifier and your e-mail.',
  'guest-scope': 'This access opens your dossier only.',
  'forbidden-origin': 'This site may not use this service.',
  'not-found': 'This item no longer exists in your account.',
  'rate-limited': ({ retryAfter }) => `Too many requests; try again in ${retryAfter} s.`,
  'server-error': 'The server ran into a problem; try again in a moment.',
  'not-cancellable': 'The distributor does not allow cancelling this line.',
  'offer-expired': ({ validUntil }) => `This offer expired on ${formatDay(String(validUntil), 'en')}: refresh it first.`,
  'not-an-offer': 'This dossier is no longer an offer: it has already been ordered.',
  'insufficient-stock': ({ label, requested, available }) =>
    `Not enough stock of “${label}”: ${available} available for ${requested} requested.`,
  'invalid-ean': ({ count }) => (Number(count) > 1 ? `${count} EAN codes are not valid.` : 'An EAN code is not valid.'),
  'too-many-attachments': ({ max }) => `At most ${max} attachments.`,
  'attachment-name': ({ name }) => `The file name “${name}” is not accepted.`,
  'attachment-type': ({ name, accepted }) => `“${name}”: only ${accepted} files are accepted.`,
  'attachment-empty': ({ name }) => `“${name}” is empty.`,
  'attachment-too-large': ({ name, max }) => `“${name}” is larger than ${megabytes(max)}.`,
  'attachment-content': ({ name, extension }) => `“${name}” is not a real ${String(extension).toUpperCase()} file.`,
};
export default en;
