import {
  DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand,
  DeleteLoginProfileCommand,
  DeleteVirtualMFADeviceCommand,
  type IAMClient,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import type { MetadataBearer } from '@smithy/types';
import type { PlanStep, WriteAction } from '../model/plans.js';

/** Any IAM command, built from a plan step's params. */
type WriteCommand = new (
  input: PlanStep['params'],
) => Parameters<IAMClient['send']>[0];

/**
 * The command for each write action. The plan builders put every step's
 * params in AWS's names, so a step's params are its command's input.
 */
const COMMANDS = {
  DeactivateMFADevice: DeactivateMFADeviceCommand,
  DeleteVirtualMFADevice: DeleteVirtualMFADeviceCommand,
  UpdateAccessKey: UpdateAccessKeyCommand,
  DeleteAccessKey: DeleteAccessKeyCommand,
  DeleteLoginProfile: DeleteLoginProfileCommand,
  PutUserPolicy: PutUserPolicyCommand,
} satisfies Record<WriteAction, unknown>;

/** Sends one plan step's IAM call with `iam`. */
export function sendWrite(
  iam: IAMClient,
  step: PlanStep,
): Promise<MetadataBearer> {
  // The SDK types each command's input apart; the step's action says
  // which command its params belong to.
  const Command = COMMANDS[step.action] as unknown as WriteCommand;
  return iam.send(new Command(step.params));
}
