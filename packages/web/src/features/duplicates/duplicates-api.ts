import type { ClientIdentity, ClientView } from '@careloop/core';

export interface QueueClient {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  dateOfBirth: string;
}
export interface QueueItem {
  id: string;
  score: number;
  reasons: string[];
  source: string;
  status: string;
  createdAt: string;
  version: number;
  a: QueueClient;
  b: QueueClient;
}
export interface MergeView {
  id: string;
  survivorId: string;
  mergedId: string;
  survivor: ClientIdentity;
  merged: ClientIdentity;
  moved: Record<string, number>;
  mergedAt: string;
  undoneAt: string | null;
}
export interface Comparison {
  a: ClientView;
  b: ClientView;
  supportContacts: { a: number; b: number };
}
