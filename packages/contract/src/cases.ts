import * as z from 'zod/mini';
import { isoDateTime, pageOf } from './common.js';

export const caseStatuses = ['pending-seller', 'needs-attention', 'open', 'answered', 'transferred', 'reopened', 'resolved'] as const;
export const CaseStatus = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatus>;

const email = z.email();

/** What a case is about, for the support team that takes it. */
export const caseCategories = ['planned-maintenance', 'software-update', 'consumables', 'delivery-problem', 'other'] as const;
export const CaseCategory = z.enum(caseCategories);
export type CaseCategory = z.infer<typeof CaseCategory>;
export const MAX_REFERENCE = 40;

export const CaseSummary = z.object({
  id: z.string(),
  createdAt: isoDateTime,
  status: CaseStatus,
  primaryEmail: z.string(),
  shortDescription: z.string(),
  /** Absent from an older server: `other`. */
  category: z.optional(CaseCategory),
  /** The order it is about: a dossier's reference, or a shipment's order number. */
  orderRef: z.optional(z.nullable(z.string())),
  /** The instrument it is about. */
  serialNumber: z.optional(z.nullable(z.string())),
});
export type CaseSummary = z.infer<typeof CaseSummary>;
export const CasePage = pageOf(CaseSummary);
export type CasePage = z.infer<typeof CasePage>;
export const caseSortFields = ['createdAt', 'id', 'status', 'primaryEmail', 'shortDescription'] as const;
export type CaseSortField = (typeof caseSortFields)[number];

export const Attachment = z.object({
  id: z.string(),
  name: z.string(),
  size: z.int().check(z.minimum(0)),
  type: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

export const CaseMessage = z.object({
  id: z.string(),
  at: isoDateTime,
  from: z.enum(['customer', 'support']),
  author: z.string(),
  subject: z.string(),
  text: z.string(),
  attachments: z.array(Attachment),
});
export type CaseMessage = z.infer<typeof CaseMessage>;

export const CaseDetail = z.extend(CaseSummary, {
  cc: z.array(z.string()),
  messages: z.array(CaseMessage),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const MAX_CC = 10;
export const MAX_TEXT = 10_000;
export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** File kinds an attachment may be (the server checks the content matches the extension). */
export const attachmentExtensions = ['pdf', 'png', 'jpg', 'jpeg', 'txt', 'csv'] as const;

export const CaseCreateRequest = z.object({
  primaryEmail: email,
  cc: z.optional(z.array(email).check(z.maxLength(MAX_CC))),
  shortDescription: z.string().check(z.minLength(1), z.maxLength(200)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  /** Default `other`. */
  category: z.optional(CaseCategory),
  orderRef: z.optional(z.string().check(z.maxLength(MAX_REFERENCE))),
  /** One of the account's instruments (a serial number of its dossiers); its dossier becomes `orderRef` when none is given. */
  serialNumber: z.optional(z.string().check(z.maxLength(MAX_REFERENCE))),
});
export type CaseCreateRequest = z.infer<typeof CaseCreateRequest>;

export const CasePatchRequest = z.object({
  primaryEmail: z.optional(email),
  cc: z.optional(z.array(email).check(z.maxLength(MAX_CC))),
  shortDescription: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type CasePatchRequest = z.infer<typeof CasePatchRequest>;

/** The text part of a multipart message; files travel as `files` parts. */
export const CaseMessageFields = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
});

/** A new case's form as an element asks for it ("Contact support about this order", "Report" a missing item). */
export type CasePrefill = Partial<Pick<CaseCreateRequest, 'category' | 'orderRef' | 'serialNumber' | 'shortDescription' | 'text'>>;
