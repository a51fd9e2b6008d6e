import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/checks/scan-pii/entities.ts
var ENTITIES = [
  "EMAIL_ADDRESS",
  "PHONE_NUMBER",
  "US_SSN",
  "CREDIT_CARD",
  "IBAN_CODE",
  "IP_ADDRESS",
  "CRYPTO",
  "SECRET"
];
var SECRET_TYPES = [
  "openai-api-key",
  "anthropic-api-key",
  "huggingface-token",
  "aws-access-key-id",
  "github-token",
  "slack-token",
  "slack-webhook",
  "google-api-key",
  "stripe-key",
  "private-key",
  "replicate-token",
  "groq-api-key",
  "wandb-api-key",
  "langsmith-api-key",
  "npm-token",
  "pypi-token",
  "databricks-token",
  "jwt"
];
var PRIVACY_HELP = (what, fix) => `${what} in files that train or evaluate a model can be memorised and regurgitated by the model, and a repository is not the place for personal data (GDPR, CCPA). ${fix} If the value is synthetic, suppress the finding with \`mlsec-ignore: <rule>\` or a config suppression with a reason.`;
function piiRule(id, title, level, severity, what, fix) {
  return {
    id,
    title,
    help: PRIVACY_HELP(what, fix),
    defaultLevel: level,
    securitySeverity: severity,
    owaspMl: ["ML03", "ML04"],
    // LLM Data Leakage; Infer Training Data Membership; Invert ML Model.
    atlas: ["AML.T0057", "AML.T0024.000", "AML.T0024.001"]
  };
}
var ENTITY_RULES = {
  EMAIL_ADDRESS: piiRule(
    "pii/email-address",
    "Email address in data",
    "warning",
    5.3,
    "An email address identifies a person.",
    "Remove it, or replace it with a pseudonym (mlsec `mode: redact` writes masked copies)."
  ),
  PHONE_NUMBER: piiRule(
    "pii/phone-number",
    "Phone number in data",
    "warning",
    5.3,
    "A phone number identifies a person.",
    "Remove or mask it before training."
  ),
  US_SSN: piiRule(
    "pii/us-ssn",
    "US Social Security number in data",
    "error",
    8.2,
    "A Social Security number enables identity theft.",
    "Delete it from the data and from the history of the repository."
  ),
  CREDIT_CARD: piiRule(
    "pii/credit-card",
    "Payment card number in data",
    "error",
    8.2,
    "A payment card number (it passed the Luhn check and matches a card network prefix) is PCI DSS data.",
    "Delete it from the data and from the history of the repository."
  ),
  IBAN_CODE: piiRule(
    "pii/iban",
    "IBAN in data",
    "error",
    7.1,
    "An IBAN (it passed the mod-97 check) identifies a bank account and its holder.",
    "Remove or mask it before training."
  ),
  IP_ADDRESS: piiRule(
    "pii/ip-address",
    "Public IP address in data",
    "note",
    3.7,
    "A public IP address is personal data under the GDPR when it can be linked to a person.",
    "Truncate or hash addresses in logs used for training."
  ),
  CRYPTO: piiRule(
    "pii/crypto-address",
    "Cryptocurrency address in data",
    "warning",
    4.3,
    "A Bitcoin address (its checksum is valid) can be linked to a person through the public ledger.",
    "Remove it unless the data set is about public addresses."
  )
};
var SECRET_TITLES = {
  "openai-api-key": "OpenAI API key",
  "anthropic-api-key": "Anthropic API key",
  "huggingface-token": "Hugging Face token",
  "aws-access-key-id": "AWS access key ID",
  "github-token": "GitHub token",
  "slack-token": "Slack token",
  "slack-webhook": "Slack incoming webhook URL",
  "google-api-key": "Google API key",
  "stripe-key": "Stripe secret or restricted key",
  "private-key": "Private key (PEM)",
  "replicate-token": "Replicate API token",
  "groq-api-key": "Groq API key",
  "wandb-api-key": "Weights & Biases API key",
  "langsmith-api-key": "LangSmith API key",
  "npm-token": "npm access token",
  "pypi-token": "PyPI API token",
  "databricks-token": "Databricks personal access token",
  jwt: "JSON Web Token"
};
function secretRule(type) {
  return {
    id: `secret/${type}`,
    title: `Leaked ${SECRET_TITLES[type]}`,
    help: `A ${SECRET_TITLES[type]} is committed in a file. Anyone who can read the repository (or a model trained on it) can use it. **Revoke it now**, then remove it from the file and the history, and load it from a secret store or an environment variable at run time.`,
    defaultLevel: type === "jwt" ? "warning" : "error",
    securitySeverity: type === "jwt" ? 6.5 : 9.1,
    owaspMl: ["ML06"],
    // Unsecured Credentials.
    atlas: ["AML.T0055"]
  };
}
var NOT_SCANNED_RULE = {
  id: "pii/file-not-scanned",
  title: "File not scanned for PII",
  help: "mlsec could not scan this file (too large for `max-file-size`, unreadable, or in a format it does not read), so it may hold personal data or secrets that were not looked for. Raise `max-file-size`, convert the file, or exclude it deliberately with `exclude`.",
  defaultLevel: "warning",
  securitySeverity: 3.1,
  owaspMl: ["ML03"],
  atlas: ["AML.T0057"]
};
function allRules() {
  return [...Object.values(ENTITY_RULES), ...SECRET_TYPES.map(secretRule), NOT_SCANNED_RULE];
}
function ruleFor(entity, secretType) {
  if (entity === "SECRET") return secretRule(secretType);
  return ENTITY_RULES[entity];
}

export {
  ENTITIES,
  NOT_SCANNED_RULE,
  allRules,
  ruleFor
};
