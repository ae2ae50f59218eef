import {
  DeactivateMFADeviceCommand,
  type DeactivateMFADeviceCommandInput,
  DeleteAccessKeyCommand,
  type DeleteAccessKeyCommandInput,
  DeleteLoginProfileCommand,
  type DeleteLoginProfileCommandInput,
  DeleteVirtualMFADeviceCommand,
  type DeleteVirtualMFADeviceCommandInput,
  type IAMClient,
  PutUserPolicyCommand,
  type PutUserPolicyCommandInput,
  UpdateAccessKeyCommand,
  type UpdateAccessKeyCommandInput,
} from '@aws-sdk/client-iam';
import type { MetadataBearer } from '@smithy/types';
import type { PlanStep, WriteAction } from '../model/plans.js';

type Params = PlanStep['params'];
type Send = (iam: IAMClient, params: Params) => Promise<MetadataBearer>;

/**
 * The plan builders put each action's parameters in AWS's names, so a
 * step's params are that command's input; the type says which one.
 */
function input<Input>(params: Params): Input {
  return params as unknown as Input;
}

const SENDERS: Record<WriteAction, Send> = {
  DeactivateMFADevice: (iam, params) =>
    iam.send(
      new DeactivateMFADeviceCommand(
        input<DeactivateMFADeviceCommandInput>(params),
      ),
    ),
  DeleteVirtualMFADevice: (iam, params) =>
    iam.send(
      new DeleteVirtualMFADeviceCommand(
        input<DeleteVirtualMFADeviceCommandInput>(params),
      ),
    ),
  UpdateAccessKey: (iam, params) =>
    iam.send(
      new UpdateAccessKeyCommand(input<UpdateAccessKeyCommandInput>(params)),
    ),
  DeleteAccessKey: (iam, params) =>
    iam.send(
      new DeleteAccessKeyCommand(input<DeleteAccessKeyCommandInput>(params)),
    ),
  DeleteLoginProfile: (iam, params) =>
    iam.send(
      new DeleteLoginProfileCommand(
        input<DeleteLoginProfileCommandInput>(params),
      ),
    ),
  PutUserPolicy: (iam, params) =>
    iam.send(
      new PutUserPolicyCommand(input<PutUserPolicyCommandInput>(params)),
    ),
};

/** Sends one plan step's IAM call with `iam`. */
export function sendWrite(
  iam: IAMClient,
  step: PlanStep,
): Promise<MetadataBearer> {
  return SENDERS[step.action](iam, step.params);
}
