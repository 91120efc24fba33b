import { formatDay, formatNumber } from './format.js';
import type { ProblemTerms } from './problem.js';

const megabytes = (bytes: unknown) => `${formatNumber(Math.round((Number(bytes) / 1048576) * 10) / 10, 'de')} MB`;

const de: ProblemTerms = {
  'invalid-request': 'Einige der gesendeten Werte werden nicht akzeptiert.',
  'invalid-json': 'Die Anfrage war nicht lesbar.',
  'unsupported-media-type': 'Die Anfrage hatte nicht das erwartete Format.',
  'payload-too-large': ({ max }) => `Die Sendung ist größer als ${megabytes(max)}.`,
  unauthorized: 'Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen.',
  'link-expired': 'Dieser Link ist abgelaufen: Suchen Sie Ihren Vorgang erneut mit seiner Kennung und Ihrer E-Mail.',
  'guest-scope': 'Dieser Zugang öffnet nur Ihren Vorgang.',
  'forbidden-origin': 'Diese Website darf diesen Dienst nicht nutzen.',
  'not-found': 'Dieses Element gibt es in Ihrem Konto nicht mehr.',
  'rate-limited': ({ retryAfter }) => `Zu viele Anfragen; versuchen Sie es in ${retryAfter} s erneut.`,
  'server-error': 'Beim Server ist ein Problem aufgetreten; versuchen Sie es gleich noch einmal.',
  'not-cancellable': 'Der Distributor erlaubt nicht, diese Zeile zu stornieren.',
  'offer-expired': ({ validUntil }) =>
    `Dieses Angebot ist am ${formatDay(String(validUntil), 'de')} abgelaufen: Bitte zuerst aktualisieren.`,
  'not-an-offer': 'Dieser Vorgang ist kein Angebot mehr: Er wurde bereits bestellt.',
  'insufficient-stock': ({ label, requested, available }) =>
    `Nicht genug Bestand für „${label}“: ${available} verfügbar, ${requested} angefragt.`,
  'invalid-ean': ({ count }) => (Number(count) > 1 ? `${count} EAN-Codes sind ungültig.` : 'Ein EAN-Code ist ungültig.'),
  'too-many-attachments': ({ max }) => `Höchstens ${max} Anhänge.`,
  'attachment-name': ({ name }) => `Der Dateiname „${name}“ wird nicht akzeptiert.`,
  'attachment-type': ({ name, accepted }) => `„${name}“: nur ${accepted}-Dateien werden akzeptiert.`,
  'attachment-empty': ({ name }) => `„${name}“ ist leer.`,
  'attachment-too-large': ({ name, max }) => `„${name}“ ist größer als ${megabytes(max)}.`,
  'attachment-content': ({ name, extension }) => `„${name}“ ist keine echte ${String(extension).toUpperCase()}-Datei.`,
};
export default de;
