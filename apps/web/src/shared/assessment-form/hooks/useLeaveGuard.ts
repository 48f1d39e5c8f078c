import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type BlockerFunction, useBeforeUnload, useBlocker } from 'react-router-dom';

/** The i18n keys of the leave dialog: the review screen has no 保存 button, so it words it its own way. */
export interface LeaveTexts {
  title: string;
  body: string;
}

const SELF_ASSESSMENT_TEXTS: LeaveTexts = { title: 'assessment.leave.title', body: 'assessment.leave.body' };

/**
 * Asks before the person leaves a form with `unsavedCount` unsaved changes: the app's own
 * navigation (menu, breadcrumb, link, another quarter) through react-router's blocker, reload and
 * tab close through the browser's own beforeunload prompt.
 *
 * `release()` lets the next navigation through unasked: a screen that navigates right after its
 * work was accepted (the review's decision) calls it, as the count of its last render is stale.
 */
export function useLeaveGuard(unsavedCount: number, texts: LeaveTexts = SELF_ASSESSMENT_TEXTS) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const released = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      !released.current &&
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
  const textsRef = useRef(texts);
  textsRef.current = texts;

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const dialog = modal.confirm({
      title: t(textsRef.current.title, { count: countRef.current }),
      content: t(textsRef.current.body),
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
        if (unsavedCount > 0 && !released.current) event.preventDefault();
      },
      [unsavedCount],
    ),
  );

  return { release: useCallback(() => void (released.current = true), []) };
}
