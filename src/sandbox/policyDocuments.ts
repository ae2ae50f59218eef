import {
  type DocumentKind,
  parsePolicyDocument,
  PolicyDocumentError,
} from '../model/policy/document.js';
import { IamError } from './errors.js';

/**
 * Checks a policy document sent to Put*Policy, CreatePolicy or
 * CreatePolicyVersion, answering MalformedPolicyDocument as IAM does.
 */
export function checkPolicyDocument(text: string, kind: DocumentKind): string {
  try {
    parsePolicyDocument(text, kind);
  } catch (error) {
    if (error instanceof PolicyDocumentError) {
      throw new IamError('MalformedPolicyDocument', error.message);
    }
    throw error;
  }
  return text;
}

/**
 * IAM counts a policy's size without white space: inline policies may
 * total 2,048 characters per user and 5,120 per group; a managed policy
 * 6,144.
 */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}

/**
 * IAM returns every policy document URL-encoded (RFC 3986), and the SDK
 * hands it on as it is: callers decode it with decodeURIComponent.
 */
export function encodePolicyDocument(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
