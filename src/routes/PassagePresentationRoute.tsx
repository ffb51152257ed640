import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { PassagePresentation } from '../components/PassagePresentation.tsx';
import { usePassagePresentation } from '../state/use-passage-presentation.ts';
import { useListStepper, useStepKeys } from '../state/use-step-keys.ts';

/** The compare view presented (`/compare?…&present=1`): one passage per screen; arrows step, Escape goes back to it. */
export function PassagePresentationRoute() {
  const model = usePassagePresentation();
  const navigate = useNavigate();
  const stepper = useListStepper(model.order, model.current ?? '', model.hrefOf);
  const leave = useCallback(() => void navigate(model.leaveHref), [navigate, model.leaveHref]);
  useStepKeys({ ...stepper, leave });
  return (
    <PassagePresentation
      key={model.current ?? ''}
      slide={model.slide}
      total={model.order.length}
      articleOf={model.articleOf}
      typeOf={model.typeOf}
      hrefOf={model.hrefOf}
      leaveHref={model.leaveHref}
      loading={model.loading}
      failures={model.failures}
      problems={model.problems}
    />
  );
}
