import { randomInt, randomUUID } from 'node:crypto';
import {
  CaseCreateRequest,
  CaseMessageFields,
  CasePatchRequest,
  CaseQuery,
  MAX_ATTACHMENTS,
  MAX_ATTACHMENT_BYTES,
  caseSortFields,
  caseStatuses,
  type Attachment,
  type CaseCategory,
  type CaseDetail,
  type CaseMessage,
  type CaseSummary,
} from '@comptoir/contract';
import type { Sql } from '../sql.js';
import { HttpProblem, jsonBody, notFound, param, validate, type Ctx, type Handlers } from '../http.js';
import { ftsClause, invalidate, listRows, rank, type ListSpec } from '../list.js';
import { checkAttachment, type AttachmentStore } from '../attachments.js';
import { blockRowid } from '../schema.sql.js';

interface CaseRow {
  id: string;
  created_at: string;
  status: CaseSummary['status'];
  primary_email: string;
  short_description: string;
  cc: string;
  category: CaseCategory;
  order_ref: string | null;
  serial_number: string | null;
}

const toSummary = (row: CaseRow): CaseSummary => ({
  id: row.id,
  createdAt: row.created_at,
  status: row.status,
  primaryEmail: row.primary_email,
  shortDescription: row.short_description,
  category: row.category,
  orderRef: row.order_ref,
  serialNumber: row.serial_number,
});

const searched = ['id', 'primary_email', 'short_description'];
const caseSearch = {
  table: 'cases_search',
  columns: searched,
  texts: searched.map((column) => `k.${column}`),
  rowid: 'k.rowid',
  blocks: true,
};

const spec: ListSpec = {
  from: 'cases k',
  accountColumn: 'k.account_id',
  select: 'k.*',
  sortColumns: {
    createdAt: 'k.created_at',
    id: 'k.id',
    status: rank('k.status', caseStatuses),
    primaryEmail: 'k.primary_email',
    shortDescription: 'k.short_description',
  } satisfies Record<(typeof caseSortFields)[number], unknown>,
  tieBreaker: 'k.rowid',
  defaultSort: '-createdAt',
  statusCounts: 'cases',
  status: { column: 'k.status', values: caseStatuses, scoped: true },
  // Words of the id, the e-mail and the description, each a prefix ("compta" finds compta@…, "colis" Colis reçu…).
  // A whole e-mail address is looked up as one (in its index), not as the words of every address of the domain.
  search: (q) =>
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(q) ? { sql: 'k.primary_email IN (?, lower(?))', params: [q, q] } : ftsClause(caseSearch, q),
};

export function caseHandlers(sql: Sql, options: { attachments: AttachmentStore; now: () => Date }) {
  const store = options.attachments;

  const caseRow = (account: string, id: string) => sql.get<CaseRow>('SELECT * FROM cases WHERE account_id = ? AND id = ?', [account, id]);

  async function messages(account: string, caseId: string): Promise<CaseMessage[]> {
    const rows = await sql.all<{
      id: string;
      at: string;
      sender: CaseMessage['from'];
      author: string;
      subject: string;
      text: string;
    }>('SELECT * FROM case_messages WHERE account_id = ? AND case_id = ? ORDER BY at DESC, rowid DESC', [account, caseId]);
    const files = await sql.all<Attachment & { message_id: string }>(
      'SELECT id, name, size, type, message_id FROM attachments WHERE account_id = ? AND case_id = ?',
      [account, caseId],
    );
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      from: row.sender,
      author: row.author,
      subject: row.subject,
      text: row.text,
      attachments: files.filter((f) => f.message_id === row.id).map(({ id, name, size, type }) => ({ id, name, size, type })),
    }));
  }

  async function detail(account: string, id: string): Promise<CaseDetail> {
    const row = await caseRow(account, id);
    if (!row) throw notFound('This case');
    return { ...toSummary(row), cc: JSON.parse(row.cc), messages: await messages(account, id) };
  }

  const insertMessage = (tx: Sql, account: string, caseId: string, message: Omit<CaseMessage, 'attachments'>) =>
    tx.run('INSERT INTO case_messages (account_id, case_id, id, at, sender, author, subject, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      account,
      caseId,
      message.id,
      message.at,
      message.from,
      message.author,
      message.subject,
      message.text,
    ]);

  return {
    listCases: async (c: Ctx) => {
      const query = validate(CaseQuery, c.req.query(), 'query');
      const extra = [];
      if (query.from) extra.push({ sql: 'substr(k.created_at, 1, 10) >= ?', params: [query.from] });
      if (query.to) extra.push({ sql: 'substr(k.created_at, 1, 10) <= ?', params: [query.to] });
      const { rows, ...page } = await listRows<CaseRow>(sql, c.get('account').id, query, spec, extra);
      return c.json({ items: rows.map(toSummary), ...page });
    },
    createCase: async (c: Ctx) => {
      const account = c.get('account').id;
      const body = await jsonBody(c, CaseCreateRequest);
      const at = options.now().toISOString();
      // An instrument is one of the account's; without an order, the case is about the instrument's dossier.
      const serial = body.serialNumber?.trim() || null;
      let orderRef = body.orderRef?.trim() || null;
      if (serial) {
        const owned = await sql.column<string>('SELECT our_ref FROM order_serials WHERE serial = upper(?) AND account_id = ?', [
          serial,
          account,
        ]);
        if (!owned.length)
          throw new HttpProblem(400, 'Invalid request', 'This serial number is not an instrument of this account.', {
            code: 'invalid-request',
            errors: [{ path: 'body.serialNumber', message: 'not an instrument of this account' }],
          });
        orderRef ??= owned[0]!;
      }
      // Twelve digits as on the source portal; drawn again until free, in the same transaction as the insert, so that
      // concurrent creations never collide (one write transaction at a time on SQLite; on PostgreSQL a number drawn by
      // two at once is a duplicate key for the second, whose transaction runs again and draws another).
      const draw = () => String(Date.now()).slice(-7) + String(randomInt(10_000, 100_000));
      const id = await sql.transaction(async (tx) => {
        let id: string;
        do id = draw();
        while (await tx.get('SELECT 1 FROM cases WHERE account_id = ? AND id = ?', [account, id]));
        await tx.run(
          `INSERT INTO cases (rowid, account_id, id, created_at, status, primary_email, short_description, cc, category, order_ref, serial_number)
           VALUES (${blockRowid('cases', '?', tx.engine)}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            account,
            account,
            id,
            at,
            'pending-seller',
            body.primaryEmail,
            body.shortDescription,
            JSON.stringify(body.cc ?? []),
            body.category ?? 'other',
            orderRef,
            serial ? serial.toUpperCase() : null,
          ],
        );
        await insertMessage(tx, account, id, {
          id: randomUUID(),
          at,
          from: 'customer',
          author: body.primaryEmail,
          subject: body.shortDescription,
          text: body.text,
        });
        return id;
      });
      invalidate(account);
      return c.json(await detail(account, id), 201);
    },
    getCase: async (c: Ctx) => c.json(await detail(c.get('account').id, param(c, 'id'))),
    updateCase: async (c: Ctx) => {
      const account = c.get('account').id;
      const id = param(c, 'id');
      const body = await jsonBody(c, CasePatchRequest);
      const row = await caseRow(account, id);
      if (!row) throw notFound('This case');
      await sql.run('UPDATE cases SET primary_email = ?, cc = ?, short_description = ? WHERE account_id = ? AND id = ?', [
        body.primaryEmail ?? row.primary_email,
        body.cc ? JSON.stringify(body.cc) : row.cc,
        body.shortDescription ?? row.short_description,
        account,
        id,
      ]);
      invalidate(account);
      return c.json(await detail(account, id));
    },
    // Its size is capped by the API's multipart limit (the files' caps plus the form's fields).
    sendCaseMessage: async (c: Ctx) => {
      const account = c.get('account').id;
      const caseId = param(c, 'id');
      const row = await caseRow(account, caseId);
      if (!row) throw notFound('This case');
      if (!(c.req.header('Content-Type') ?? '').startsWith('multipart/form-data')) {
        throw new HttpProblem(415, 'Unsupported Media Type', 'Send the message as multipart/form-data.', {
          code: 'unsupported-media-type',
        });
      }
      let form: Record<string, string | File | (string | File)[]>;
      try {
        form = await c.req.parseBody({ all: true });
      } catch {
        throw new HttpProblem(400, 'Invalid request', 'The multipart body is malformed.', { code: 'invalid-request' });
      }
      const values = Object.values(form).flat();
      const files = values.filter((value): value is File => typeof value === 'object');
      const fields = validate(CaseMessageFields, { text: form.text }, 'body');
      if (files.length > MAX_ATTACHMENTS) {
        throw new HttpProblem(400, 'Invalid request', `At most ${MAX_ATTACHMENTS} attachments.`, {
          code: 'too-many-attachments',
          params: { max: MAX_ATTACHMENTS },
          errors: [{ path: 'body.files', message: `at most ${MAX_ATTACHMENTS} files` }],
        });
      }
      const checked = await Promise.all(
        files.map(async (file, index) => {
          const bytes = new Uint8Array(await file.arrayBuffer());
          return { file, bytes, ...checkAttachment(file.name, bytes, MAX_ATTACHMENT_BYTES, index) };
        }),
      );
      // Files go under generated names, outside any served folder; the database row is the only way to them.
      const stored = checked.map((item) => ({ ...item, id: randomUUID(), storedName: randomUUID() }));
      const at = options.now().toISOString();
      const messageId = randomUUID();
      try {
        for (const item of stored) await store.put(item.storedName, item.bytes);
        await sql.transaction(async (tx) => {
          await tx.lock(`case:${account}:${caseId}`);
          await insertMessage(tx, account, caseId, {
            id: messageId,
            at,
            from: 'customer',
            author: row.primary_email,
            subject: `RE: ${row.short_description}`,
            text: fields.text,
          });
          for (const item of stored) {
            await tx.run(
              'INSERT INTO attachments (account_id, case_id, message_id, id, name, size, type, stored_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
              [account, caseId, messageId, item.id, item.file.name, item.bytes.byteLength, item.type, item.storedName],
            );
          }
          // The status as it is now, in the transaction (another message may have changed it since the row was read).
          const status = await tx.value<string>('SELECT status FROM cases WHERE account_id = ? AND id = ?', [account, caseId]);
          if (status === 'needs-attention' || status === 'answered' || status === 'resolved') {
            await tx.run('UPDATE cases SET status = ? WHERE account_id = ? AND id = ?', [
              status === 'resolved' ? 'reopened' : 'pending-seller',
              account,
              caseId,
            ]);
          }
        });
      } catch (error) {
        for (const item of stored) await store.remove(item.storedName);
        throw error;
      }
      invalidate(account);
      const message = (await messages(account, caseId)).find((m) => m.id === messageId)!;
      return c.json(message, 201);
    },
    downloadAttachment: async (c: Ctx) => {
      const account = c.get('account').id;
      const file = await sql.get<{ name: string; type: string; stored_name: string }>(
        'SELECT name, type, stored_name FROM attachments WHERE account_id = ? AND case_id = ? AND id = ?',
        [account, param(c, 'id'), param(c, 'attachmentId')],
      );
      if (!file) throw notFound('This attachment');
      const bytes = await store.get(file.stored_name);
      if (!bytes) throw notFound('This attachment');
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': file.type,
        'Content-Disposition': `attachment; filename="${file.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      });
    },
  } satisfies Handlers;
}
