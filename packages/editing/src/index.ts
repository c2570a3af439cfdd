// Edit operations: requests in, validated and audited change sets out
export { GraphEditor, EDIT_ACTIONS } from './editor.js';
export type { EditAction } from './editor.js';
export { mergePeople } from './merge-people.js';
export type { MergePeopleRequest, MergePeopleResult } from './merge-people.js';
export type {
  SourceRefInput,
  EntityDraft,
  LinkDraft,
  EditRequestBase,
  ExistingFactRequest,
  CreateEntityRequest,
  UpdateEntityRequest,
  EndEntityRequest,
  CreateLinkRequest,
  UpdateLinkRequest,
  EndLinkRequest,
  DeleteEntityRequest,
  DeleteLinkRequest,
  EntityEditResult,
  LinkEditResult,
  DeleteResult,
} from './requests.js';

// Roles and principals
export { ROLES, ANONYMOUS, isRole, hasRole, requireRole } from './roles.js';
export type { Role, Principal } from './roles.js';

// API keys: made once, stored hashed, checked per request
export {
  API_KEY_PREFIX,
  DEFAULT_KEYS_FILE,
  ApiKeyFile,
  authenticateRequest,
  generateApiKey,
  parseApiKey,
  hashApiKeySecret,
  verifyApiKeySecret,
} from './api-keys.js';
export type { ApiKeyRecord, ApiKeyVerifier, NewApiKey, AuthenticateRequestOptions } from './api-keys.js';

