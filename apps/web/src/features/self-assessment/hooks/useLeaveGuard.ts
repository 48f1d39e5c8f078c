import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type BlockerFunction, useBeforeUnload, useBlocker } from 'react-router-dom';

/**
 * Asks before the person leaves a form with `unsavedCount` unsaved changes: the app's own
 * navigation (menu, breadcrumb, link, another quarter) through react-router's blocker, reload and
 * tab close through the browser's own beforeunload prompt.
 */
export function useLeaveGuard(unsavedCount: number) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      unsavedCount > 0 &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [unsavedCount],
  );
  const blocker = useBlocker(shouldBlock);
  // The dialog opens once per blocked navigation, whatever re-renders happen while it is open.
  const blockerRef = useRef(blocker);
  blockerRef.current = blocker;
  const countRef = useRef(unsavedCount);
  countRef.current = unsavedCount;

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const dialog = modal.confirm({
      title: t('assessment.leave.title', { count: countRef.current }),
      content: t('assessment.leave.body'),
      okText: t('assessment.leave.leave'),
      okButtonProps: { danger: true },
      cancelText: t('assessment.leave.stay'),
      // Staying is the safe answer: it has the focus, and Esc or a click beside the dialog stays too.
      autoFocusButton: 'cancel',
      onOk: () => blockerRef.current.proceed?.(),
      onCancel: () => blockerRef.current.reset?.(),
    });
    return () => dialog.destroy();
  }, [blocker.state, modal, t]);

  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (unsavedCount > 0) event.preventDefault();
      },
      [unsavedCount],
    ),
  );
}
