/** What a bench page tells the runner: it is ready, or it failed and why. */
export function markReady(): void {
  document.body.dataset['benchReady'] = 'true';
}

export function markFailed(error: unknown): void {
  document.body.dataset['benchError'] = error instanceof Error ? error.message : String(error);
}
