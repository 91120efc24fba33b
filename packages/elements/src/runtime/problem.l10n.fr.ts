import { formatDay, formatNumber } from './format.js';
import type { ProblemTerms } from './problem.js';

const megabytes = (bytes: unknown) => `${formatNumber(Math.round((Number(bytes) / 1048576) * 10) / 10, 'fr')} Mo`;

const fr: ProblemTerms = {
  'invalid-request': 'Certaines valeurs envoyées ne sont pas acceptées.',
  'invalid-json': 'La demande était illisible.',
  'unsupported-media-type': 'La demande n’était pas au format attendu.',
  'payload-too-large': ({ max }) => `L’envoi dépasse ${megabytes(max)}.`,
  unauthorized: 'Vous n’êtes pas connecté, ou votre session a expiré.',
  'link-expired': 'Ce lien a expiré : retrouvez votre dossier avec son identifiant et votre e-mail.',
  'guest-scope': 'Cet accès n’ouvre que votre dossier.',
  'forbidden-origin': 'Ce site n’est pas autorisé à utiliser ce service.',
  'not-found': 'Cet élément n’existe plus dans votre compte.',
  'rate-limited': ({ retryAfter }) => `Trop de demandes ; réessayez dans ${retryAfter} s.`,
  'server-error': 'Le serveur a rencontré un problème ; réessayez dans un instant.',
  'not-cancellable': 'Le distributeur n’autorise pas l’annulation de cette ligne.',
  'offer-expired': ({ validUntil }) => `Cette offre a expiré le ${formatDay(String(validUntil), 'fr')} : actualisez-la d’abord.`,
  'not-an-offer': 'Ce dossier n’est plus une offre : il a déjà été commandé.',
  'insufficient-stock': ({ label, requested, available }) =>
    `Stock insuffisant pour « ${label} » : ${available} disponible(s) pour ${requested} demandé(s).`,
  'invalid-ean': ({ count }) => (Number(count) > 1 ? `${count} codes EAN ne sont pas valides.` : 'Un code EAN n’est pas valide.'),
  'too-many-attachments': ({ max }) => `Au plus ${max} pièces jointes.`,
  'attachment-name': ({ name }) => `Le nom du fichier « ${name} » n’est pas accepté.`,
  'attachment-type': ({ name, accepted }) => `« ${name} » : seuls les fichiers ${accepted} sont acceptés.`,
  'attachment-empty': ({ name }) => `« ${name} » est vide.`,
  'attachment-too-large': ({ name, max }) => `« ${name} » dépasse ${megabytes(max)}.`,
  'attachment-content': ({ name, extension }) => `« ${name} » n’est pas un vrai fichier ${String(extension).toUpperCase()}.`,
};
export default fr;
