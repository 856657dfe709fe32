// Trial-and-error (recommendation 2), the section with anchor `#trial-and-error` (where the feedback
// reminder mail points): a trajectory started with its screening reason; experiments with what each
// tests, the hypothesis, expected signals, the client's vulnerabilities, the safeguards against a new
// failure experience, and the next feedback moment (a deadline of the case); Passend's question when the
// moment is far off (never a block); checkpoints with success and failure experiences, intervention
// styles, what changes in the picture and the decision; ending the trajectory.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ButtonGroup, DataList, Heading, Paragraph, SelectField, TextAreaField, TextField, TitledForm, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDate, formatDateTime } from '../../web/format';
import { CheckboxGroup, focusWhenPresent, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import { CHECKPOINT_DECISIONS, INTERVENTION_STYLES, type CheckpointDecision, type InterventionStyle } from '../domain';
import { judgementApi, TRIAL_ANCHOR, useJudgementAction, type CheckpointBody, type ExperimentBody, type ExperimentView, type JudgementPageData, type TrajectoryView } from './api';
import { experimentQuestionText, signalsAbout } from './format';
import { SignalBox, textOrNull, useAnnounce, useOpenForm } from './parts';

type Form = 'start' | 'plan' | 'end' | { checkpoint: string };
type Open = Form | null;
type Close = (mine: Form, to: string) => void;

export function TrialPart({ page }: { page: JudgementPageData }) {
  const { t } = useTranslation();
  const { open, setOpen, close } = useOpenForm<Form>();
  const running = page.trajectories.find((tr) => tr.endedOn === null);
  const ended = page.trajectories.filter((tr) => tr.endedOn !== null);
  return (
    <TitledSection id={TRIAL_ANCHOR} titleId="trial-heading" focusable title={t('judgement.parts.trial')} className="judgement-part">
      <Paragraph>{t('judgement.trial.intro')}</Paragraph>
      {!running ? (
        <>
          <Paragraph className="muted">{t('judgement.trial.none')}</Paragraph>
          {page.open && open !== 'start' ? (
            <ButtonGroup>
              <Button id="trial-start" onClick={() => { setOpen('start'); focusWhenPresent('trajectory-form-title'); }}>
                {t('judgement.trial.startTitle')}
              </Button>
            </ButtonGroup>
          ) : null}
          {open === 'start' ? <StartForm page={page} onClose={() => close('start', 'trial-start')} onSaved={() => close('start', 'trial-running-title')} /> : null}
        </>
      ) : (
        <Trajectory page={page} trajectory={running} open={open} setOpen={setOpen} close={close} />
      )}
      {ended.map((tr) => (
        <section className="trajectory trajectory--ended" key={tr.id} aria-labelledby={`trajectory-${tr.id}-title`}>
          <Heading level={3} id={`trajectory-${tr.id}-title`}>
            {t('judgement.trial.ended', { from: formatDate(tr.startedOn), to: formatDate(tr.endedOn) })}
          </Heading>
          <DataList items={[
            { key: 'reason', label: t('judgement.trial.reason'), value: <span className="pre-line">{tr.screeningReason}</span> },
            { key: 'end', label: t('judgement.trial.endNote'), value: <span className="pre-line">{tr.endNote ?? ''}</span> },
          ]} />
          {tr.experiments.map((x) => <Experiment key={x.id} page={page} experiment={x} open={null} setOpen={() => undefined} close={close} />)}
        </section>
      ))}
    </TitledSection>
  );
}

function Trajectory({ page, trajectory, open, setOpen, close }: { page: JudgementPageData; trajectory: TrajectoryView; open: Open; setOpen: (o: Open) => void; close: Close }) {
  const { t } = useTranslation();
  return (
    <section className="trajectory" aria-labelledby="trial-running-title">
      <Heading level={3} id="trial-running-title" focusable>
        {t('judgement.trial.running', { date: formatDate(trajectory.startedOn) })}
      </Heading>
      <DataList items={[{ key: 'reason', label: t('judgement.trial.reason'), value: <span className="pre-line">{trajectory.screeningReason}</span> }]} />
      <Heading level={4}>{t('judgement.trial.experimentsTitle')}</Heading>
      {trajectory.experiments.length === 0 ? <Paragraph className="muted">{t('judgement.trial.noExperiments')}</Paragraph> : null}
      {trajectory.experiments.map((x) => <Experiment key={x.id} page={page} experiment={x} open={open} setOpen={setOpen} close={close} />)}
      {page.open && open !== 'plan' && open !== 'end' ? (
        <ButtonGroup>
          <Button id="trial-plan" onClick={() => { setOpen('plan'); focusWhenPresent('experiment-form-title'); }}>
            {t('judgement.trial.plan')}
          </Button>
          <Button id="trial-end" variant="subtle" onClick={() => { setOpen('end'); focusWhenPresent('trajectory-end-title'); }}>
            {t('judgement.trial.endOpen')}
          </Button>
        </ButtonGroup>
      ) : null}
      {open === 'plan' ? <ExperimentForm page={page} onClose={() => close('plan', 'trial-plan')} onSaved={(id) => close('plan', `experiment-${id}-title`)} /> : null}
      {open === 'end' ? <EndForm page={page} trajectory={trajectory} onClose={() => close('end', 'trial-end')} onSaved={() => close('end', 'trial-heading')} /> : null}
    </section>
  );
}

function Experiment({ page, experiment: x, open, setOpen, close }: { page: JudgementPageData; experiment: ExperimentView; open: Open; setOpen: (o: Open) => void; close: Close }) {
  const { t } = useTranslation();
  const hypothesis = page.observations.flatMap((o) => o.hypotheses.map((h) => ({ o, h }))).find(({ h }) => h.id === x.hypothesisId);
  const overdue = signalsAbout(page.signals, ['feedback_overdue'], [x.id]);
  const recording = typeof open === 'object' && open !== null && open.checkpoint === x.id;
  const buttonId = `experiment-${x.id}-checkpoint`;
  return (
    <article className="card experiment-card" aria-labelledby={`experiment-${x.id}-title`}>
      <h5 className="utrecht-heading-5 card__title" id={`experiment-${x.id}-title`} tabIndex={-1}>
        {x.title} <Badge tone={x.state === 'running' ? 'active' : 'inactive'}>{t(`judgement.trial.experimentState.${x.state}`)}</Badge>
      </h5>
      <DataList items={[
        { key: 'question', label: t('judgement.trial.question'), value: <span className="pre-line">{x.question}</span> },
        ...(hypothesis ? [{ key: 'hypothesis', label: t('judgement.trial.hypothesis'), value: t('judgement.hypotheses.hypothesisName', { explanation: hypothesis.h.explanation, number: hypothesis.o.number }) }] : []),
        { key: 'signals', label: t('judgement.trial.expectedSignals'), value: <span className="pre-line">{x.expectedSignals}</span> },
        { key: 'vulnerabilities', label: t('judgement.trial.vulnerabilities'), value: <span className="pre-line">{x.vulnerabilities}</span> },
        { key: 'safeguards', label: t('judgement.trial.safeguards'), value: <span className="pre-line">{x.safeguards}</span> },
        { key: 'start', label: t('judgement.trial.startsOn'), value: formatDate(x.startsOn) },
        { key: 'next', label: t('judgement.trial.nextFeedbackOn'), value: x.nextFeedbackOn ? formatDate(x.nextFeedbackOn) : t('judgement.trial.noNextFeedback') },
        ...(x.outcome ? [{ key: 'outcome', label: t('judgement.trial.outcome'), value: <span className="pre-line">{x.outcome}</span> }] : []),
      ]} />
      {x.questions.length > 0 ? (
        <div className="passend-questions">
          <p className="utrecht-paragraph passend-questions__title"><span aria-hidden="true">? </span>{t('judgement.common.passendAsks')}</p>
          <ul>{x.questions.map((q) => <li key={q.code}>{experimentQuestionText(t, q)}</li>)}</ul>
          <p className="utrecht-paragraph muted">{t('judgement.common.passendAsksNote')}</p>
        </div>
      ) : null}
      <SignalBox signals={overdue} page={page} />
      <p className="utrecht-paragraph experiment-card__checkpoints-title"><strong>{t('judgement.trial.checkpointsTitle')}</strong></p>
      {x.checkpoints.length === 0 ? <Paragraph className="muted">{t('judgement.trial.noCheckpoints')}</Paragraph> : (
        <ol className="checkpoint-list">
          {x.checkpoints.map((k) => (
            <li key={k.id}>
              <p className="utrecht-paragraph"><strong>{t('judgement.trial.checkpointItem', { date: formatDate(k.heldOn), decision: t(`judgement.enums.checkpointDecision.${k.decision}`) })}</strong> — {t('judgement.common.by', { name: k.recordedBy, when: formatDateTime(k.recordedAt) })}</p>
              <DataList items={[
                ...(k.successExperiences ? [{ key: 'success', label: t('judgement.trial.successExperiences'), value: <span className="pre-line">{k.successExperiences}</span> }] : []),
                ...(k.failureExperiences ? [{ key: 'failure', label: t('judgement.trial.failureExperiences'), value: <span className="pre-line">{k.failureExperiences}</span> }] : []),
                ...(k.interventionStyles.length > 0 ? [{ key: 'styles', label: t('judgement.trial.interventionStyles'), value: k.interventionStyles.map((s) => t(`judgement.enums.interventionStyle.${s}`)).join(', ') }] : []),
                ...(k.pictureChanges ? [{ key: 'picture', label: t('judgement.trial.pictureChanges'), value: <span className="pre-line">{k.pictureChanges}</span> }] : []),
                ...(k.nextFeedbackOn ? [{ key: 'next', label: t('judgement.trial.checkpointNext'), value: formatDate(k.nextFeedbackOn) }] : []),
              ]} />
            </li>
          ))}
        </ol>
      )}
      {recording ? <CheckpointForm page={page} experiment={x} onClose={() => close({ checkpoint: x.id }, buttonId)} onSaved={() => close({ checkpoint: x.id }, `experiment-${x.id}-title`)} /> : null}
      {page.open && x.state === 'running' && !recording ? (
        <ButtonGroup>
          <Button id={buttonId} aria-label={t('judgement.trial.checkpointNamed', { title: x.title })} onClick={() => { setOpen({ checkpoint: x.id }); focusWhenPresent(`checkpoint-form-${x.id}-title`); }}>
            {t('judgement.trial.checkpoint')}
          </Button>
        </ButtonGroup>
      ) : null}
    </article>
  );
}

function StartForm({ page, onClose, onSaved }: { page: JudgementPageData; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [screeningReason, setScreeningReason] = useState('');
  const [startedOn, setStartedOn] = useState(page.today);
  const start = useJudgementAction(page.caseId, (b: { screeningReason: string; startedOn: string }) => judgementApi.startTrajectory(page.caseId, b));
  const prefix = 'trajectory-form';
  const ids = { screeningReason: fieldId(prefix, 'screeningReason'), startedOn: fieldId(prefix, 'startedOn') };
  function submit(event: FormEvent) {
    event.preventDefault();
    start.run({ screeningReason, startedOn }, () => {
      announce(t('judgement.trial.started'));
      onSaved();
    });
  }
  return (
    <TitledForm titleId={`${prefix}-title`} focusable className="form inline-form" title={t('judgement.trial.startTitle')} onSubmit={submit} errors={start.errors} fieldIds={ids}>
      <TextAreaField id={ids.screeningReason} label={t('judgement.trial.screeningReason')} description={t('judgement.trial.screeningReasonHint')} required rows={3} value={screeningReason} onChange={setScreeningReason} error={start.errors.fields.screeningReason} />
      <TextField id={ids.startedOn} type="date" label={t('judgement.trial.startedOn')} required value={startedOn} onChange={setStartedOn} error={start.errors.fields.startedOn} />
      <SubmitRow busy={start.busy} label={t('judgement.trial.startSubmit')} onClose={onClose} />
    </TitledForm>
  );
}

function EndForm({ page, trajectory, onClose, onSaved }: { page: JudgementPageData; trajectory: TrajectoryView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [endedOn, setEndedOn] = useState(page.today);
  const [endNote, setEndNote] = useState('');
  const end = useJudgementAction(page.caseId, (b: { endedOn: string; endNote: string }) => judgementApi.endTrajectory(page.caseId, trajectory.id, b));
  const prefix = 'trajectory-end';
  const ids = { endedOn: fieldId(prefix, 'endedOn'), endNote: fieldId(prefix, 'endNote') };
  function submit(event: FormEvent) {
    event.preventDefault();
    end.run({ endedOn, endNote }, () => {
      announce(t('judgement.trial.endedDone'));
      onSaved();
    });
  }
  return (
    <TitledForm titleId={`${prefix}-title`} level={4} focusable className="form inline-form" title={t('judgement.trial.endTitle')} onSubmit={submit} errors={end.errors} fieldIds={ids}>
      <TextField id={ids.endedOn} type="date" label={t('judgement.trial.endedOn')} required value={endedOn} onChange={setEndedOn} error={end.errors.fields.endedOn} />
      <TextAreaField id={ids.endNote} label={t('judgement.trial.endNote')} description={t('judgement.trial.endNoteHint')} required rows={3} value={endNote} onChange={setEndNote} error={end.errors.fields.endNote} />
      <SubmitRow busy={end.busy} label={t('judgement.trial.endSubmit')} onClose={onClose} />
    </TitledForm>
  );
}

function ExperimentForm({ page, onClose, onSaved }: { page: JudgementPageData; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [hypothesisId, setHypothesisId] = useState('');
  const [expectedSignals, setExpectedSignals] = useState('');
  const [vulnerabilities, setVulnerabilities] = useState('');
  const [safeguards, setSafeguards] = useState('');
  const [startsOn, setStartsOn] = useState(page.today);
  const [nextFeedbackOn, setNextFeedbackOn] = useState('');
  const plan = useJudgementAction(page.caseId, (b: ExperimentBody) => judgementApi.addExperiment(page.caseId, b));
  const prefix = 'experiment-form';
  const fields = ['title', 'question', 'hypothesisId', 'expectedSignals', 'vulnerabilities', 'safeguards', 'startsOn', 'nextFeedbackOn'] as const;
  // The field "title" gets its own id: `${prefix}-title` is the form's heading.
  const ids = Object.fromEntries(fields.map((f) => [f, fieldId(prefix, f === 'title' ? 'title-text' : f)])) as Record<(typeof fields)[number], string>;
  const errors = plan.errors.fields;
  function submit(event: FormEvent) {
    event.preventDefault();
    plan.run({ title, question, hypothesisId: hypothesisId || null, expectedSignals, vulnerabilities, safeguards, startsOn, nextFeedbackOn }, (answer) => {
      announce(t('judgement.trial.planned', { title: title.trim() }));
      onSaved(answer.id);
    });
  }
  const hypotheses = page.observations.flatMap((o) => o.hypotheses.map((h) => ({ value: h.id, label: t('judgement.hypotheses.hypothesisName', { explanation: h.explanation, number: o.number }) })));
  return (
    <TitledForm titleId={`${prefix}-title`} level={4} focusable className="form inline-form" title={t('judgement.trial.planTitle')} onSubmit={submit} errors={plan.errors} fieldIds={ids}>
      <TextField id={ids.title} label={t('judgement.trial.title')} required value={title} onChange={setTitle} error={errors.title} />
      <TextAreaField id={ids.question} label={t('judgement.trial.question')} description={t('judgement.trial.questionHint')} required rows={2} value={question} onChange={setQuestion} error={errors.question} />
      {hypotheses.length > 0 ? (
        <SelectField id={ids.hypothesisId} label={t('judgement.trial.hypothesis')} value={hypothesisId} onChange={setHypothesisId} error={errors.hypothesisId} placeholder={t('judgement.trial.hypothesisNone')} options={hypotheses} />
      ) : null}
      <TextAreaField id={ids.expectedSignals} label={t('judgement.trial.expectedSignals')} description={t('judgement.trial.expectedSignalsHint')} required rows={2} value={expectedSignals} onChange={setExpectedSignals} error={errors.expectedSignals} />
      <TextAreaField id={ids.vulnerabilities} label={t('judgement.trial.vulnerabilities')} required rows={2} value={vulnerabilities} onChange={setVulnerabilities} error={errors.vulnerabilities} />
      <TextAreaField id={ids.safeguards} label={t('judgement.trial.safeguards')} description={t('judgement.trial.safeguardsHint')} required rows={2} value={safeguards} onChange={setSafeguards} error={errors.safeguards} />
      <TextField id={ids.startsOn} type="date" label={t('judgement.trial.startsOn')} required value={startsOn} onChange={setStartsOn} error={errors.startsOn} />
      <TextField id={ids.nextFeedbackOn} type="date" label={t('judgement.trial.nextFeedbackOn')} description={t('judgement.trial.nextFeedbackHint')} required min={page.today} value={nextFeedbackOn} onChange={setNextFeedbackOn} error={errors.nextFeedbackOn} />
      <SubmitRow busy={plan.busy} label={t('judgement.trial.planSubmit')} onClose={onClose} />
    </TitledForm>
  );
}

function CheckpointForm({ page, experiment, onClose, onSaved }: { page: JudgementPageData; experiment: ExperimentView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [heldOn, setHeldOn] = useState(page.today);
  const [successExperiences, setSuccess] = useState('');
  const [failureExperiences, setFailure] = useState('');
  const [styles, setStyles] = useState<string[]>([]);
  const [pictureChanges, setPicture] = useState('');
  const [decision, setDecision] = useState<string>('continue');
  const [nextFeedbackOn, setNext] = useState('');
  const record = useJudgementAction(page.caseId, (b: CheckpointBody) => judgementApi.addCheckpoint(page.caseId, experiment.id, b));
  const prefix = `checkpoint-form-${experiment.id}`;
  const fields = ['heldOn', 'successExperiences', 'failureExperiences', 'interventionStyles', 'pictureChanges', 'decision', 'nextFeedbackOn'] as const;
  const ids = Object.fromEntries(fields.map((f) => [f, fieldId(prefix, f)])) as Record<(typeof fields)[number], string>;
  const errors = record.errors.fields;
  const stop = decision === 'stop';
  function submit(event: FormEvent) {
    event.preventDefault();
    record.run({
      heldOn, successExperiences: textOrNull(successExperiences), failureExperiences: textOrNull(failureExperiences), interventionStyles: styles as InterventionStyle[],
      pictureChanges: textOrNull(pictureChanges), decision: decision as CheckpointDecision, nextFeedbackOn: stop ? null : nextFeedbackOn,
    }, () => {
      announce(t('judgement.trial.checkpointSaved'));
      onSaved();
    });
  }
  return (
    <TitledForm titleId={`${prefix}-title`} level={5} focusable className="form inline-form" title={t('judgement.trial.checkpointTitle', { title: experiment.title })} onSubmit={submit} errors={record.errors} fieldIds={ids}>
      <TextField id={ids.heldOn} type="date" label={t('judgement.trial.heldOn')} required max={page.today} value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
      <TextAreaField id={ids.successExperiences} label={t('judgement.trial.successExperiences')} rows={2} value={successExperiences} onChange={setSuccess} error={errors.successExperiences} />
      <TextAreaField id={ids.failureExperiences} label={t('judgement.trial.failureExperiences')} rows={2} value={failureExperiences} onChange={setFailure} error={errors.failureExperiences} />
      <CheckboxGroup id={ids.interventionStyles} legend={t('judgement.trial.interventionStyles')} description={t('judgement.trial.interventionStylesHint')} values={styles} onChange={setStyles} error={errors.interventionStyles}
        options={INTERVENTION_STYLES.map((s) => ({ value: s, label: t(`judgement.enums.interventionStyle.${s}`) }))} />
      <TextAreaField id={ids.pictureChanges} label={t('judgement.trial.pictureChanges')} description={t('judgement.trial.pictureChangesHint')} rows={2} value={pictureChanges} onChange={setPicture} error={errors.pictureChanges} />
      <RadioGroup id={ids.decision} name={ids.decision} legend={t('judgement.trial.decision')} value={decision} onChange={setDecision} error={errors.decision}
        options={CHECKPOINT_DECISIONS.map((d) => ({ value: d, label: t(`judgement.enums.checkpointDecision.${d}`) }))} />
      {!stop ? (
        <TextField id={ids.nextFeedbackOn} type="date" label={t('judgement.trial.checkpointNext')} description={t('judgement.trial.checkpointNextHint')} required min={page.today} value={nextFeedbackOn} onChange={setNext} error={errors.nextFeedbackOn} />
      ) : null}
      <SubmitRow busy={record.busy} label={t('judgement.trial.checkpointSubmit')} onClose={onClose} />
    </TitledForm>
  );
}
