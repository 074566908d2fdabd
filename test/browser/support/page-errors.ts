/**
 * Collects what would break a clinic's page: uncaught exceptions and unhandled promise
 * rejections. Tests start a watch, run, and assert that nothing was collected.
 */
export interface PageErrorWatch {
  readonly errors: string[];
  stop(): void;
}

export function watchPageErrors(): PageErrorWatch {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { message?: string } | undefined;
    errors.push(`unhandled rejection: ${reason?.message ?? String(event.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
