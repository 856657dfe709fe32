// Providers, routes and the sign-in guard.
import { useEffect, useRef, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApiError, setUnauthenticatedHandler } from './api';
import type { Role } from './api-types';
import i18n, { isUiLanguage } from './i18n';
import { AppShell } from './layout/AppShell';
import { ErrorBoundary } from './pages/ErrorBoundary';
import { Loading } from './pages/LoadingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignInPage } from './pages/SignInPage';
import { ErrorPage } from './pages/ErrorPage';
import { hasRole, homePath, SESSION_KEY, useSession } from './session';
import { CaseListPage } from '../cases/ui/CaseListPage';
import { NewCasePage } from '../cases/ui/NewCasePage';
import { CasePage } from '../cases/ui/CasePage';
import { UsersPage } from '../admin/ui/UsersPage';
import { ContactPlanningPage } from '../contact/ui/ContactPlanningPage';
import { ContactPage } from '../contact/ui/ContactPage';
import { ContactAdminPage } from '../contact/ui/admin/ContactAdminPage';
import { OversightPage } from '../contact/ui/OversightPage';
import { CallPage } from '../video/ui/CallPage';
import { CompassPage } from '../conversation/ui/CompassPage';
import { ReportPage } from '../conversation/ui/ReportPage';
import { EvaluationOverviewPage } from '../conversation/ui/EvaluationOverviewPage';
import { WmlRatesPage } from '../capacity/ui/admin/WmlRatesPage';
import { CataloguesPage } from '../capacity/ui/admin/CataloguesPage';
import { CapacityPage } from '../capacity/ui/CapacityPage';
import { JudgementPage } from '../judgement/ui/JudgementPage';
import { InstrumentsPage } from '../judgement/catalogue-ui/InstrumentsPage';
import { FactorsPage } from '../judgement/catalogue-ui/FactorsPage';
import { ReportEditorPage } from '../report/ui/ReportEditorPage';
import { TemplatesPage } from '../report/ui/TemplatesPage';
import { VerifyPage } from '../report/ui/VerifyPage';
import { DeliveryPage } from '../report/ui/DeliveryPage';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Never retry answers the server gave on purpose (4xx); retry network trouble once.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** Sends the user to the sign-in page on any 401, keeping where they were. */
function UnauthenticatedRedirect() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  locationRef.current = location;
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      const from = locationRef.current;
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      if (from.pathname !== '/aanmelden') {
        void navigate('/aanmelden', { replace: true, state: { from: `${from.pathname}${from.search}` } });
      }
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient, navigate]);
  return null;
}

/** Follows the signed-in user's stored language once per sign-in. */
function UserLanguage() {
  const { data } = useSession();
  const userId = data?.user?.id;
  const language = data?.user?.language;
  useEffect(() => {
    if (userId && isUiLanguage(language) && i18n.language !== language) void i18n.changeLanguage(language);
    // Only when another user signs in, not after every session refresh.
  }, [userId]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}

function RequireActive({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const { data, isPending, isError } = useSession();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (isError) return <ErrorPage />;
  if (data.stage !== 'active' || !data.user) {
    return <Navigate to="/aanmelden" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (roles && !hasRole(data.user, ...roles)) return <NotFoundPage forbidden />;
  return <>{children}</>;
}

function HomeRedirect() {
  const { data, isPending } = useSession();
  if (isPending) return <Loading />;
  return <Navigate to={homePath(data?.user ?? null)} replace />;
}

function AppRoutes() {
  const location = useLocation();
  return (
    <AppShell>
      <ErrorBoundary resetKey={location.pathname}>
        <Routes>
          <Route path="/" element={<HomeRedirect />} />
          <Route path="/aanmelden" element={<SignInPage />} />
          {/* The report (issue 8): anyone may check a file against its seal, or open their delivery link. */}
          <Route path="/rapport/verifieren" element={<VerifyPage />} />
          <Route path="/rapport/:token" element={<DeliveryPage />} />
          <Route
            path="/dossiers"
            element={
              <RequireActive roles={['labour_expert', 'office_staff']}>
                <CaseListPage />
              </RequireActive>
            }
          />
          <Route
            path="/dossiers/nieuw"
            element={
              <RequireActive roles={['labour_expert', 'office_staff']}>
                <NewCasePage />
              </RequireActive>
            }
          />
          <Route
            path="/dossiers/:caseId"
            element={
              <RequireActive roles={['labour_expert', 'office_staff']}>
                <CasePage />
              </RequireActive>
            }
          />
          <Route
            path="/dossiers/:caseId/contact-plannen"
            element={
              <RequireActive roles={['labour_expert', 'office_staff']}>
                <ContactPlanningPage />
              </RequireActive>
            }
          />
          <Route
            path="/dossiers/:caseId/contacten/:contactId"
            element={
              <RequireActive roles={['labour_expert', 'office_staff']}>
                <ContactPage />
              </RequireActive>
            }
          />
          <Route
            path="/dossiers/:caseId/contacten/:contactId/gesprek"
            element={
              <RequireActive roles={['labour_expert']}>
                <CallPage />
              </RequireActive>
            }
          />
          <Route
            path="/dossiers/:caseId/kompas"
            element={
              <RequireActive roles={['labour_expert']}>
                <CompassPage />
              </RequireActive>
            }
          />
          {/* Belastbaarheid en belasting (issue 6). */}
          <Route
            path="/dossiers/:caseId/belastbaarheid"
            element={
              <RequireActive roles={['labour_expert']}>
                <CapacityPage />
              </RequireActive>
            }
          />
          {/* Analyse en advies (issue 7). */}
          <Route
            path="/dossiers/:caseId/oordeel"
            element={
              <RequireActive roles={['labour_expert']}>
                <JudgementPage />
              </RequireActive>
            }
          />
          {/* The report (issue 8): drafts for the labour expert, final versions for office staff too. */}
          <Route
            path="/dossiers/:caseId/rapportage/:reportId"
            element={
              <RequireActive roles={['labour_expert', 'office_staff']}>
                <ReportEditorPage />
              </RequireActive>
            }
          />
          <Route
            path="/dossiers/:caseId/verslagen/:reportId"
            element={
              <RequireActive roles={['labour_expert']}>
                <ReportPage />
              </RequireActive>
            }
          />
          <Route
            path="/beheer/gebruikers"
            element={
              <RequireActive roles={['org_admin']}>
                <UsersPage />
              </RequireActive>
            }
          />
          <Route
            path="/beheer/contactvorm"
            element={
              <RequireActive roles={['org_admin']}>
                <ContactAdminPage />
              </RequireActive>
            }
          />
          <Route
            path="/beheer/fml-itemlijsten"
            element={
              <RequireActive roles={['org_admin']}>
                <CataloguesPage />
              </RequireActive>
            }
          />
          <Route
            path="/beheer/wml-bedragen"
            element={
              <RequireActive roles={['org_admin']}>
                <WmlRatesPage />
              </RequireActive>
            }
          />
          <Route
            path="/beheer/rapportsjablonen"
            element={
              <RequireActive roles={['org_admin']}>
                <TemplatesPage />
              </RequireActive>
            }
          />
          <Route
            path="/kwaliteit/contactvormen"
            element={
              <RequireActive roles={['org_admin', 'labour_expert']}>
                <OversightPage />
              </RequireActive>
            }
          />
          <Route
            path="/kwaliteit/ervaringen"
            element={
              <RequireActive roles={['org_admin', 'labour_expert']}>
                <EvaluationOverviewPage />
              </RequireActive>
            }
          />
          {/* The organisation's instrument databank and factor catalogue (issue 7): `judgement.catalogues`. */}
          <Route
            path="/instrumenten"
            element={
              <RequireActive roles={['labour_expert', 'org_admin']}>
                <InstrumentsPage />
              </RequireActive>
            }
          />
          <Route
            path="/factoren"
            element={
              <RequireActive roles={['labour_expert', 'org_admin']}>
                <FactorsPage />
              </RequireActive>
            }
          />
          <Route
            path="*"
            element={
              <RequireActive>
                <NotFoundPage />
              </RequireActive>
            }
          />
        </Routes>
      </ErrorBoundary>
    </AppShell>
  );
}

export function App() {
  const queryClient = useRef<QueryClient | null>(null);
  queryClient.current ??= createQueryClient();
  return (
    <QueryClientProvider client={queryClient.current}>
      <BrowserRouter>
        <UnauthenticatedRedirect />
        <UserLanguage />
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
