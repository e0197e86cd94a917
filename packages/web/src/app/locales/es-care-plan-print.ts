import type { en } from './en.js';

/**
 * The keys of the client's printed care plan (print page, plan read view and goal view for the
 * client): only these have Spanish, so the rest of the app stays English.
 */
export const PRINT_KEYS = {
  app: ['none'],
  carePlan: [
    'preferences',
    'notRecorded',
    'goals',
    'noGoals',
    'goalN',
    'clientWords',
    'category',
    'categories',
    'needsAddressed',
    'domainLabels',
    'strengthsUsed',
    'targetDate',
    'objectives',
    'byDate',
    'interventionsOfGoal',
    'interventionWhat',
    'who',
    'frequency',
    'when',
    'responsible',
    'successLooksLike',
    'deferredTitle',
    'crisisPrevention',
    'print',
  ],
} as const;

type English = typeof en;
/** The English print strings' shape: a Spanish bundle missing a key does not compile. */
export interface PrintStrings {
  app: Pick<English['app'], (typeof PRINT_KEYS.app)[number]>;
  carePlan: Pick<English['carePlan'], (typeof PRINT_KEYS.carePlan)[number]>;
}

/** Spanish (neutral Latin American, "usted") for the client's take-home copy. */
export const esCarePlanPrint: PrintStrings = {
  app: { none: '—' },
  carePlan: {
    preferences: 'Sus preferencias, creencias y valores',
    notRecorded: 'No se ha anotado.',
    goals: 'Metas',
    noGoals: 'Todavía no hay metas.',
    goalN: 'Meta {{n}}',
    clientWords: 'La meta en sus propias palabras',
    category: 'Área de la vida o tipo de servicio',
    categories: {
      mental_health_treatment: 'Tratamiento de salud mental',
      crisis_response: 'Atención en crisis',
      health_and_dental: 'Salud física y dental',
      housing: 'Vivienda',
      income_and_entitlements: 'Ingresos y beneficios',
      peer_support: 'Apoyo entre pares',
      family_and_community: 'Familia y comunidad',
      rehabilitation: 'Rehabilitación',
      protection_and_advocacy: 'Protección y defensa de derechos',
      identification_and_documents: 'Identificación y documentos',
      transportation: 'Transporte',
      food: 'Alimentación',
      substance_use: 'Uso de sustancias',
    },
    needsAddressed: 'Necesidades que atiende',
    domainLabels: {
      housing: 'Vivienda',
      food: 'Alimentación',
      income_benefits: 'Ingresos y beneficios',
      employment: 'Empleo',
      education: 'Educación',
      transportation: 'Transporte',
      physical_health_dental: 'Salud física y dental',
      mental_health_symptoms: 'Síntomas de salud mental',
      substance_use: 'Uso de sustancias',
      legal: 'Asuntos legales',
      social_connection_family: 'Relaciones sociales y familia',
      daily_living_skills: 'Habilidades para la vida diaria',
      safety_risk: 'Seguridad',
      self_care: 'Cuidado personal',
      household_management: 'Manejo del hogar',
      financial_literacy: 'Manejo del dinero',
      work_readiness: 'Preparación para el trabajo',
    },
    strengthsUsed: 'Fortalezas en las que se apoya',
    targetDate: 'Fecha prevista',
    objectives: 'Objetivos',
    byDate: 'para el {{date}}',
    interventionsOfGoal: 'Apoyos para la meta {{n}}',
    interventionWhat: 'Qué se hará',
    who: 'Quién',
    frequency: 'Con qué frecuencia',
    when: 'Cuándo',
    responsible: {
      team_member: 'Integrante del equipo',
      client: 'Usted',
      family: 'Un familiar',
      outside_service: 'Servicio externo',
    },
    successLooksLike: 'Cómo sabremos que se logró',
    deferredTitle: 'Necesidades que quedan para más adelante',
    crisisPrevention: 'Prevención de crisis y recaídas',
    print: {
      title: 'Mi plan de atención',
      back: 'Volver al expediente',
      print: 'Imprimir',
      preparedFor: 'Preparado para {{name}}',
      language: 'Idioma preferido: {{language}}.',
      languageInterpreter:
        'Idioma preferido: {{language}}. Podemos conseguir un intérprete para revisar este plan con usted.',
      languageOther: 'Idioma preferido: {{language}}. Pida a su equipo este plan en {{language}} o con un intérprete.',
      version: 'Versión {{n}}',
      draft: 'Borrador: todavía no se ha acordado.',
      superseded: 'Esta versión fue reemplazada por una más reciente.',
      pendingApproval: 'Acordado y firmado; falta la aprobación de un supervisor.',
      reviewDue: 'Volveremos a revisar este plan juntos a más tardar el {{date}}.',
      agreementTitle: 'Acuerdo',
      agreedSigned: 'Usted firmó este plan el {{date}}.',
      agreedVerbally: 'Usted aceptó este plan de palabra el {{date}}.',
      signatureAlt: 'Su firma',
      staffSigned: 'Firmado por parte del equipo: {{name}}',
      notAgreed: 'Todavía no se ha acordado ni firmado.',
    },
  },
};
