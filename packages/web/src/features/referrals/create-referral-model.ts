import {
  createReferralBody,
  NeedDomains,
  type ContactMethods,
  type CreateReferralBody,
  type NeedDomain,
  type ServiceCategory,
} from '@careloop/core';

/** A directory service as the create dialog needs it (what the directory search hands over). */
export interface PickedService {
  id: string;
  name: string;
  organizationName?: string | null;
  category?: ServiceCategory | null;
}

export interface AdHocForm {
  name: string;
  contactName: string;
  phone: string;
  email: string;
  address: string;
}

export interface CreateForm {
  category: ServiceCategory | null;
  providerKind: 'directory' | 'adHoc';
  service: PickedService | null;
  adHoc: AdHocForm;
  reason: string;
  needs: NeedDomain[];
  contactMethod: (typeof ContactMethods)[number] | null;
  contactValue: string;
  bestTimes: string;
  contactNotes: string;
}

/** Where the referral comes from: a plan goal (and its episode), or just the chart. */
export interface ReferralOrigin {
  goalId?: string;
  episodeId?: string;
  category?: ServiceCategory | null;
  needs?: readonly string[];
}

const isNeed = (d: string): d is NeedDomain => (NeedDomains as readonly string[]).includes(d);

export function initialCreateForm(origin: ReferralOrigin, directoryAvailable: boolean): CreateForm {
  return {
    category: origin.category ?? null,
    providerKind: directoryAvailable ? 'directory' : 'adHoc',
    service: null,
    adHoc: { name: '', contactName: '', phone: '', email: '', address: '' },
    reason: '',
    needs: (origin.needs ?? []).filter(isNeed),
    contactMethod: null,
    contactValue: '',
    bestTimes: '',
    contactNotes: '',
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The request body (the dialog adds `send` for the button pressed). */
export function createBodyOf(form: CreateForm, origin: ReferralOrigin): CreateReferralBody {
  const a = form.adHoc;
  return {
    ...(form.providerKind === 'directory'
      ? form.service
        ? { serviceId: form.service.id }
        : {}
      : {
          provider: {
            name: a.name.trim(),
            contactName: orNull(a.contactName),
            phone: orNull(a.phone),
            email: orNull(a.email),
            address: orNull(a.address),
          },
        }),
    // The schema reports a missing category; the cast only carries the empty choice to it.
    category: form.category as ServiceCategory,
    reason: form.reason.trim(),
    needs: form.needs,
    ...(origin.goalId ? { goalId: origin.goalId } : {}),
    ...(origin.episodeId ? { episodeId: origin.episodeId } : {}),
    ...(form.contactMethod
      ? {
          contactPreferences: {
            method: form.contactMethod,
            value: orNull(form.contactValue),
            bestTimes: orNull(form.bestTimes),
            notes: orNull(form.contactNotes),
          },
        }
      : {}),
  };
}

/** Field messages from the core schema the server uses, keyed by dotted path (e.g. `provider.name`). */
export function createFormErrors(form: CreateForm, origin: ReferralOrigin): Record<string, string> {
  const parsed = createReferralBody.safeParse(createBodyOf(form, origin));
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[issue.path.join('.') || 'form'] ??= issue.message;
  return out;
}

/** What the duplicate check compares; the check is repeated when any of it changes. */
export function duplicateQueryOf(form: CreateForm): {
  category: ServiceCategory;
  serviceId?: string;
  providerName?: string;
} | null {
  if (!form.category) return null;
  if (form.providerKind === 'directory') {
    return form.service ? { category: form.category, serviceId: form.service.id } : { category: form.category };
  }
  const name = form.adHoc.name.trim();
  return name ? { category: form.category, providerName: name } : { category: form.category };
}

export const duplicateQueryKey = (q: ReturnType<typeof duplicateQueryOf>) => JSON.stringify(q);
