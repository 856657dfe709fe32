// Typed calls of the judgement API (src/judgement/routes.ts), the query key, and the one write hook the
// page's forms share: every problem of the server's answer by its field; a 409 (someone else changed it,
// or the case moved on) said in words, the newest data re-read, and what the user typed left in the form.
// The shapes follow src/judgement/store.ts `judgementPage`: the one GET answer the page renders.
import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../web/api';
import { useFormAction } from '../../web/useFormAction';
import { caseKey } from '../../cases/ui/useCase';
import { errorsFromProblems } from '../../capacity/ui/api';
import type {
  AnomalyInput, CheckpointInput, CoverageInput, EvidenceInput, ExperimentInput, HypothesisInput, ObservationInput, PlacementInput, Schema2Input,
  AdviceContent, AnomalyKind, CheckpointDecision, CoverageState, CoverageTheme, EvidenceKind, ExperimentQuestion, ExpertiseChoice, HypothesisStatus,
  InterventionStyle, Method, NotInvestigatedReason, ReflectionAnswers, ReflectionQuestion, Reliability, Schema1Category, Schema1Theme, Signal, SourceType,
} from '../domain';
import type { FactorGroup } from '../factors';

export type Words = { nl: string; en: string };

/** A source as the page lists it; the full record (EvidenceView) is read when the expert opens it. */
export interface EvidenceSummary {
  id: string;
  number: number;
  kind: EvidenceKind;
  sourceType: SourceType;
  sourceName: string | null;
  observedOn: string;
  method: Method;
  title: string;
  reliability: Reliability | null;
  notInvestigatedReason: NotInvestigatedReason | null;
  factorCodes: string[];
  instrumentId: string | null;
  professionalOnly: boolean;
  /** A self-assessment or wish: whether the expert's reality check is written. */
  hasRealityCheck: boolean;
  withdrawn: { at: string; reason: string } | null;
}

/** Where a source is used on the case (the other direction of the trace). */
export interface EvidenceUse {
  kind: 'coverage' | 'schema1' | 'schema2' | 'observation' | 'hypothesis_for' | 'hypothesis_against' | 'anomaly' | 'placement' | 'advice';
  ref: string;
  label: string;
}

/** One source in full (GET …/evidence/:id). */
export interface EvidenceView extends Omit<EvidenceSummary, 'hasRealityCheck'> {
  body: string | null;
  interest: string | null;
  realityCheck: string | null;
  contactId: string | null;
  documentId: string | null;
  version: number;
  recordedAt: string;
  recordedBy: string;
  updatedAt: string | null;
  usedIn: EvidenceUse[];
}

export interface CoverageView {
  theme: CoverageTheme;
  state: CoverageState;
  note: string | null;
  noteIds: string[];
  evidenceIds: string[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface Schema1CellView {
  ref: string;
  theme: Schema1Theme;
  category: Schema1Category;
  body: string;
  evidenceIds: string[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface Schema2RowView {
  ref: string;
  key: string;
  label: string | null;
  supportNeed: string | null;
  workImplications: string | null;
  basis: string | null;
  evidenceIds: string[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface HypothesisView {
  id: string;
  explanation: string;
  status: HypothesisStatus;
  statusArgument: string | null;
  evidenceFor: string[];
  evidenceAgainst: string[];
  version: number;
  updatedAt: string | null;
}

export interface ObservationView {
  id: string;
  number: number;
  body: string;
  discriminator: string | null;
  evidenceIds: string[];
  version: number;
  createdAt: string;
  hypotheses: HypothesisView[];
}

export interface AnomalyView {
  id: string;
  kind: AnomalyKind;
  description: string;
  evidenceIds: string[];
  observationId: string | null;
  explanation: string | null;
  explainedAt: string | null;
  version: number;
  createdAt: string;
}

export interface PlacementView {
  id: string;
  willingness: number;
  ability: number;
  argument: string;
  evidenceIds: string[];
  placedAt: string;
  placedBy: string;
}

export interface CheckpointView {
  id: string;
  heldOn: string;
  successExperiences: string | null;
  failureExperiences: string | null;
  interventionStyles: InterventionStyle[];
  pictureChanges: string | null;
  decision: CheckpointDecision;
  nextFeedbackOn: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface ExperimentView {
  id: string;
  title: string;
  question: string;
  hypothesisId: string | null;
  expectedSignals: string;
  vulnerabilities: string;
  safeguards: string;
  startsOn: string;
  nextFeedbackOn: string | null;
  state: 'running' | 'ended';
  outcome: string | null;
  questions: ExperimentQuestion[];
  checkpoints: CheckpointView[];
}

export interface TrajectoryView {
  id: string;
  screeningReason: string;
  startedOn: string;
  endedOn: string | null;
  endNote: string | null;
  experiments: ExperimentView[];
}

export interface TraceItem { kind: 'evidence'; id: string; number: number; title: string; sourceType: SourceType; observedOn: string; reliability: Reliability | null; withdrawn: boolean; viaCell: string | null }
export interface TraceCell { kind: 'cell'; ref: string; text: string }
export type AdviceTrace = Record<string, { evidence: TraceItem[]; cells: TraceCell[]; profile: { id: string; name: string; conclusion: string | null } | null }>;

export interface AdviceView {
  number: number;
  state: 'draft' | 'final';
  lockVersion: number;
  content: AdviceContent;
  trace: AdviceTrace;
  reflection: { answers: ReflectionAnswers; skipped: ReflectionQuestion[]; signals: Signal[] } | null;
  finalisedAt: string | null;
  finalisedBy: string | null;
}

export interface AdviceHistoryItem {
  number: number;
  state: 'draft' | 'final';
  createdAt: string;
  finalisedAt: string | null;
  finalisedBy: string | null;
  skipped: ReflectionQuestion[];
}

export interface FactorView { code: string; group: FactorGroup; label: Words; icf: string | null; own: boolean }
export interface NoteView { id: string; kind: 'compass' | 'case_note'; excerpt: string; at: string; contactId: string | null }
export interface ContactView { id: string; plannedAt: string; contactForm: string; activityType: string; state: string }
export interface DocumentView { id: string; fileName: string; documentType: string }
export interface ProfileView { id: string; name: string; kind: string; conclusion: string | null }

export interface JudgementPageData {
  caseId: string;
  reference: string;
  legalContext: string;
  open: boolean;
  today: string;
  evidence: EvidenceSummary[];
  coverage: { themes: CoverageView[]; summary: { explored: CoverageTheme[]; partly: CoverageTheme[]; untouched: CoverageTheme[]; claimsComplete: false } };
  schema1: Schema1CellView[];
  schema2: Schema2RowView[];
  observations: ObservationView[];
  anomalies: AnomalyView[];
  /** Newest first. */
  placements: PlacementView[];
  trajectories: TrajectoryView[];
  lastCheckpointAt: string | null;
  advice: AdviceView | null;
  adviceHistory: AdviceHistoryItem[];
  signals: Signal[];
  beforeFinal: Array<{ question: ReflectionQuestion; signals: Signal[] }>;
  adviceSections: string[];
  factors: FactorView[];
  factorGroups: Array<{ code: FactorGroup; label: Words }>;
  instruments: Array<{ id: string; name: string; removed: boolean }>;
  notes: NoteView[];
  contacts: ContactView[];
  documents: DocumentView[];
  profiles: ProfileView[];
}

// ---- bodies -----------------------------------------------------------------------------------------

/** The bodies of the writes are the domain's inputs (src/judgement/domain.ts), checked there by the server. */
export type EvidenceBody = EvidenceInput;

export type CoverageBody = (CoverageInput & { version: number }) | { state: 'untouched'; version: number };
export type Schema2Body = Schema2Input;
export type HypothesisBody = HypothesisInput;
export type ObservationBody = ObservationInput;
export type AnomalyBody = AnomalyInput;
export type PlacementBody = Omit<PlacementInput, 'willingness' | 'ability'> & { willingness: number; ability: number };
export type ExperimentBody = ExperimentInput;
export type CheckpointBody = CheckpointInput;
export interface FinaliseBody { lockVersion: number; answers: ReflectionAnswers }

/** The page's address; the feedback reminder mail links to it with `#trial-and-error`. */
export const judgementPath = (caseId: string) => `/dossiers/${encodeURIComponent(caseId)}/oordeel`;
/** The id of the trial-and-error section (the reminder's anchor). */
export const TRIAL_ANCHOR = 'trial-and-error';

const enc = encodeURIComponent;
const casePath = (caseId: string) => `/api/cases/${enc(caseId)}`;

export const judgementApi = {
  page: (caseId: string) => request<JudgementPageData>('GET', `${casePath(caseId)}/judgement`),
  evidence: (caseId: string, evidenceId: string) => request<EvidenceView>('GET', `${casePath(caseId)}/evidence/${enc(evidenceId)}`),
  addEvidence: (caseId: string, body: EvidenceBody) => request<{ id: string; number: number }>('POST', `${casePath(caseId)}/evidence`, { body }),
  updateEvidence: (caseId: string, evidenceId: string, body: EvidenceBody & { version: number }) =>
    request<{ version: number }>('PUT', `${casePath(caseId)}/evidence/${enc(evidenceId)}`, { body }),
  withdrawEvidence: (caseId: string, evidenceId: string, reason: string) =>
    request<void>('POST', `${casePath(caseId)}/evidence/${enc(evidenceId)}/withdraw`, { body: { reason } }),
  saveCoverage: (caseId: string, theme: CoverageTheme, body: CoverageBody) => request<{ version: number }>('PUT', `${casePath(caseId)}/coverage/${enc(theme)}`, { body }),
  saveSchema1: (caseId: string, theme: Schema1Theme, category: Schema1Category, body: { body: string; evidenceIds: string[]; version: number }) =>
    request<{ version: number }>('PUT', `${casePath(caseId)}/schema1/${enc(theme)}/${enc(category)}`, { body }),
  addSchema2Row: (caseId: string, body: Schema2Body & { label: string }) => request<{ key: string }>('POST', `${casePath(caseId)}/schema2`, { body }),
  saveSchema2Row: (caseId: string, key: string, body: Schema2Body & { version: number }) => request<{ version: number }>('PUT', `${casePath(caseId)}/schema2/${enc(key)}`, { body }),
  removeSchema2Row: (caseId: string, key: string) => request<void>('DELETE', `${casePath(caseId)}/schema2/${enc(key)}`),
  addObservation: (caseId: string, body: ObservationBody & { hypotheses: HypothesisBody[] }) =>
    request<{ id: string; number: number; hypothesisIds: string[] }>('POST', `${casePath(caseId)}/observations`, { body }),
  updateObservation: (caseId: string, observationId: string, body: ObservationBody & { version: number }) =>
    request<{ version: number }>('PUT', `${casePath(caseId)}/observations/${enc(observationId)}`, { body }),
  addHypothesis: (caseId: string, observationId: string, body: HypothesisBody) =>
    request<{ id: string }>('POST', `${casePath(caseId)}/observations/${enc(observationId)}/hypotheses`, { body }),
  updateHypothesis: (caseId: string, hypothesisId: string, body: HypothesisBody & { version: number }) =>
    request<{ version: number }>('PUT', `${casePath(caseId)}/hypotheses/${enc(hypothesisId)}`, { body }),
  addAnomaly: (caseId: string, body: AnomalyBody) => request<{ id: string }>('POST', `${casePath(caseId)}/anomalies`, { body }),
  updateAnomaly: (caseId: string, anomalyId: string, body: AnomalyBody & { version: number }) =>
    request<{ version: number }>('PUT', `${casePath(caseId)}/anomalies/${enc(anomalyId)}`, { body }),
  explainAnomaly: (caseId: string, anomalyId: string, body: { explanation: string; version: number }) =>
    request<{ version: number }>('PUT', `${casePath(caseId)}/anomalies/${enc(anomalyId)}/explanation`, { body }),
  place: (caseId: string, body: PlacementBody) => request<{ id: string }>('POST', `${casePath(caseId)}/placements`, { body }),
  startTrajectory: (caseId: string, body: { screeningReason: string; startedOn: string }) => request<{ id: string }>('POST', `${casePath(caseId)}/trajectories`, { body }),
  endTrajectory: (caseId: string, trajectoryId: string, body: { endedOn: string; endNote: string }) =>
    request<void>('POST', `${casePath(caseId)}/trajectories/${enc(trajectoryId)}/end`, { body }),
  addExperiment: (caseId: string, body: ExperimentBody) => request<{ id: string; questions: ExperimentQuestion[] }>('POST', `${casePath(caseId)}/experiments`, { body }),
  addCheckpoint: (caseId: string, experimentId: string, body: CheckpointBody) =>
    request<{ id: string; questions: ExperimentQuestion[] }>('POST', `${casePath(caseId)}/experiments/${enc(experimentId)}/checkpoints`, { body }),
  saveAdvice: (caseId: string, body: { lockVersion: number | null; content: AdviceContent }) =>
    request<{ number: number; lockVersion: number; signals: Signal[] }>('PUT', `${casePath(caseId)}/advice`, { body }),
  finalise: (caseId: string, body: FinaliseBody) => request<{ number: number; skipped: ReflectionQuestion[] }>('POST', `${casePath(caseId)}/advice/finalise`, { body }),
};

/** Everything of judgement on one case starts with this key, so one invalidation reaches it all. */
export const judgementKey = (caseId: string) => ['judgement', caseId] as const;

export function useJudgementPage(caseId: string, enabled = true) {
  return useQuery({ queryKey: judgementKey(caseId), queryFn: () => judgementApi.page(caseId), enabled });
}

/** One source in full, under the page's key: every write on the case re-reads it too. */
export function useEvidenceDetail(caseId: string, evidenceId: string, enabled: boolean) {
  return useQuery({ queryKey: [...judgementKey(caseId), 'evidence', evidenceId], queryFn: () => judgementApi.evidence(caseId, evidenceId), enabled });
}

/**
 * A write on the judgement API with form errors. On success the page and the case page (its deadlines,
 * timeline and the section's summary) are re-read. On a conflict or a vanished item the server's
 * message is shown with a note that the newest data is loaded and that what was typed is still there;
 * the form stays open with it.
 */
export function useJudgementAction<TArgs, TAnswer>(caseId: string, action: (args: TArgs) => Promise<TAnswer>, options: { fallbackField?: string; onConflict?: () => void } = {}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The page's own answer is awaited before "done"; the case page (deadlines, timeline, the section)
  // is re-read alongside, so a slow case page never holds up the form.
  const invalidate = () => {
    void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
    return queryClient.invalidateQueries({ queryKey: judgementKey(caseId) });
  };
  return useFormAction({
    action,
    afterSuccess: invalidate,
    errorsOf: (error) => {
      const next = errorsFromProblems(error, options.fallbackField);
      if (isApiError(error) && (error.code === 'conflict' || error.code === 'not_found')) {
        void invalidate();
        options.onConflict?.();
        return { form: `${error.message} ${t('judgement.common.conflictKept')}`, fields: {} };
      }
      return next;
    },
  });
}

/**
 * The version a form edits: the one it was opened on, so a colleague's change in between is refused
 * (409) rather than overwritten. After such a refusal the form moves to the newest version once it
 * has been re-read, so saving again keeps the user's text knowingly.
 */
export function useVersionBase(current: number) {
  const [base, setBase] = useState(current);
  const [rebase, setRebase] = useState(false);
  useEffect(() => {
    if (rebase && current !== base) {
      setBase(current);
      setRebase(false);
    }
  }, [rebase, current, base]);
  return { base, onConflict: () => setRebase(true) };
}
