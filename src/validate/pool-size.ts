// When the worker pool pays off: starting a worker costs more than checking a few dozen files on the main thread.
// Kept apart from pool.ts so deciding does not load the checker.

export const MIN_FILES_FOR_WORKERS = 150;
