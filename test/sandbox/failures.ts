/** What a test asserts about an AWS call that was refused. */
export interface Failure {
  /** The error code, e.g. AccessDenied. */
  name: string;
  status: number | undefined;
  message: string;
}

/** Awaits a call that should fail and returns what the SDK reported. */
export async function failureOf(call: Promise<unknown>): Promise<Failure> {
  const error = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as
    | { name: string; message: string; $metadata?: { httpStatusCode?: number } }
    | undefined;
  if (!error) throw new Error('expected the call to fail, but it succeeded');
  return {
    name: error.name,
    status: error.$metadata?.httpStatusCode,
    message: error.message,
  };
}
