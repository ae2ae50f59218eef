import type { ActionTable } from '../action.js';
import { accessKeyActions } from './accessKeys.js';
import { accountActions } from './account.js';
import { attachedPolicyActions } from './attachedPolicies.js';
import { authorizationDetailsActions } from './authorizationDetails.js';
import { credentialReportActions } from './credentialReport.js';
import { groupActions } from './groups.js';
import { inlinePolicyActions } from './inlinePolicies.js';
import { loginProfileActions } from './loginProfiles.js';
import { mfaActions } from './mfa.js';
import { policyActions } from './policies.js';
import { stsActions } from './sts.js';
import { userActions } from './users.js';

/** Every IAM action the sandbox answers, by name. */
export const IAM_ACTIONS: ActionTable = {
  ...userActions,
  ...mfaActions,
  ...credentialReportActions,
  ...accountActions,
  ...loginProfileActions,
  ...accessKeyActions,
  ...groupActions,
  ...inlinePolicyActions,
  ...policyActions,
  ...attachedPolicyActions,
  ...authorizationDetailsActions,
};

/** Every STS action the sandbox answers, by name. */
export const STS_ACTIONS: ActionTable = {
  ...stsActions,
};
