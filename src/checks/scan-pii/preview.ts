import { maskEmail } from '../../core/redaction.js';
import type { Candidate } from './scanner.js';

/**
 * What a reviewer may see of a found value: enough to recognise the record (the last digits of a
 * number, the provider of a key), never enough to use or recover it.
 */
export function previewOf(candidate: Candidate): string {
  const digits = candidate.normalized.replace(/\D/g, '');
  switch (candidate.entity) {
    case 'EMAIL_ADDRESS':
      return maskEmail(candidate.value);
    case 'US_SSN':
      return `***-**-${digits.slice(-4)}`;
    case 'CREDIT_CARD':
      return `**** ${digits.slice(-4)}`;
    case 'PHONE_NUMBER':
      return `***-***-**${digits.slice(-2)}`;
    case 'IBAN_CODE':
      return `${candidate.normalized.slice(0, 2)}** **** ${candidate.normalized.slice(-2)}`;
    case 'IP_ADDRESS':
      return candidate.value.includes(':')
        ? `${candidate.value.split(':')[0]}:***`
        : `${candidate.value.split('.')[0]}.***.***.***`;
    case 'CRYPTO':
      return `${candidate.value.slice(0, 3)}***`;
    case 'SECRET':
      return secretPreview(candidate);
  }
}

function secretPreview(candidate: Candidate): string {
  const value = candidate.value;
  // The header names the key type; repeating it whole would put the matched value in the message.
  if (candidate.secretType === 'private-key')
    return value.replace(/^-----BEGIN (.*)-----$/, '$1 (key material not shown)');
  if (candidate.secretType === 'slack-webhook') {
    // The scheme and the kind of hook (`services/`, `workflows/`, `triggers/`) are fixed text.
    const kind = /^(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\//.exec(value);
    return `${kind ? kind[0] : 'hooks.slack.com/'}***`;
  }
  if (candidate.secretType === 'wandb-api-key') return '***';
  // The provider's fixed prefix identifies the key type; nothing random is shown.
  const prefix =
    /^(?:sk-ant-[a-z]+\d*-|sk-(?:proj|svcacct|admin)-|sk-|github_pat_|api_org_|[a-z]{2,4}_(?:live_|test_)?|xoxe\.xox[a-z]-|xox[a-z]-|xapp-|AKIA|ASIA|ABIA|ACCA|AIza|pypi-|dapi|r8_|eyJ|lsv2_(?:pt|sk)_)/.exec(
      value,
    );
  return `${prefix ? prefix[0] : ''}***`;
}
