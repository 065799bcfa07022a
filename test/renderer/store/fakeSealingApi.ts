import { AppError } from '../../../shared/errors/appError';
import type { CommandName } from '../../../shared/ipc/channels';
import type { CommandRequest, CommandResponse, OpenedRecord } from '../../../shared/ipc/contract';
import type { Api } from '../../../renderer/bridge/api';

// Stands in for main's records.seal/records.open: "seals" by XOR-ing the JSON so the plaintext is
// not in the bytes, and reports INTEGRITY for bytes that no longer decode. Records every call.
const MASK = 0x5a;

function xor(bytes: Uint8Array): Uint8Array {
  return bytes.map((byte) => byte ^ MASK);
}

export function fakeSeal(record: unknown): Uint8Array {
  return xor(new TextEncoder().encode(JSON.stringify(record)));
}

export type FakeSealingApi = Api & {
  readonly calls: { name: CommandName; request: unknown }[];
  /** What records.seal answers, given the row it would answer; lets a test misbehave. */
  sealAnswer: (row: { id: string; b: Uint8Array }) => unknown;
};

function openRow(row: { id: string; b: Uint8Array }): OpenedRecord {
  try {
    return { id: row.id, ok: true, record: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(xor(row.b))) };
  } catch {
    return { id: row.id, ok: false, error: 'INTEGRITY' };
  }
}

export function fakeSealingApi(): FakeSealingApi {
  const api: FakeSealingApi = {
    calls: [],
    sealAnswer: (row) => row,
    async call<C extends CommandName>(name: C, request: CommandRequest<C>): Promise<CommandResponse<C>> {
      api.calls.push({ name, request });
      if (name === 'records.seal') {
        const { id, record } = request as CommandRequest<'records.seal'>;
        return api.sealAnswer({ id, b: fakeSeal(record) }) as CommandResponse<C>;
      }
      if (name === 'records.open') {
        const { rows } = request as CommandRequest<'records.open'>;
        if (rows.length > 2000) {
          throw new AppError('INVALID_REQUEST', 'too many rows');
        }
        return rows.map(openRow) as CommandResponse<C>;
      }
      throw new AppError('INTERNAL', `unexpected ${name}`);
    },
    on: () => () => undefined,
    filePaths: (files) => files.map(() => ''),
  };
  return api;
}
