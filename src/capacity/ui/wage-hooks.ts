// Queries and changes of the wage value and the WML amounts, with form errors from the server.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorsFromApi } from '../../web/forms';
import { useFormAction } from '../../web/useFormAction';
import { caseKey } from '../../cases/ui/useCase';
import { wageApi, wageKeys, type WageValueInput, type WmlRateInput } from './wage-api';

/** The case's measurements with the sums on `on` (undefined = today); the previous answer stays while a new date loads. */
export function useWageValues(caseId: string, on: string | undefined) {
  return useQuery({ queryKey: wageKeys.list(caseId, on), queryFn: () => wageApi.list(caseId, on), placeholderData: keepPreviousData });
}

export function useWmlRates() {
  return useQuery({ queryKey: wageKeys.wmlRates, queryFn: wageApi.wmlRates });
}

/** A write with form errors (the kernel's useFormAction); on success the data it changes is read again. */
function useFormWrite<TArgs, TAnswer>(action: (args: TArgs) => Promise<TAnswer>, invalidate: () => Promise<unknown>) {
  return useFormAction({ action, afterSuccess: invalidate, errorsOf: (error) => errorsFromApi(error) });
}

export function useRecordWageValue(caseId: string) {
  const queryClient = useQueryClient();
  return useFormWrite(
    (input: WageValueInput) => wageApi.record(caseId, input),
    // The case page too: its timeline has the new entry.
    () => Promise.all([queryClient.invalidateQueries({ queryKey: [...wageKeys.all, caseId] }), queryClient.invalidateQueries({ queryKey: caseKey(caseId) })]),
  );
}

export function useAddWmlRate() {
  const queryClient = useQueryClient();
  return useFormWrite((input: WmlRateInput) => wageApi.addWmlRate(input), () => queryClient.invalidateQueries({ queryKey: wageKeys.wmlRates }));
}
